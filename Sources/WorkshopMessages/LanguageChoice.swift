import Foundation

/// Which language a page speaks to one phone: the one it chose with the page's switch, else (when
/// the plan offers several, `languages: [cy, en]`) the first of the browser's `Accept-Language`
/// the plan offers, else the plan's `language:`, else English.
public struct LanguageChoice: Sendable, Equatable {
    /// The plan's own language: its text is written in it.
    public var plan: String
    /// The languages a phone may switch to: the plan's `languages:`, or every shipped one.
    public var offered: [String]
    /// Whether the plan named its languages (only then does `Accept-Language` choose).
    public var planNamesSeveral: Bool

    public init(planLanguage: String?, planLanguages: [String]) {
        // No `language:`: the plan's text is English (FORMAT.md), so English where it is offered.
        plan = planLanguage ?? planLanguages.first { Language.catalogue(for: $0) == "en" } ?? planLanguages.first ?? "en"
        planNamesSeveral = planLanguages.count > 1
        offered = planLanguages.isEmpty ? Self.merge([plan], Language.shipped) : planLanguages
    }

    /// The language for a request: `chosen` from the switch (a query or cookie), `accept` the header.
    public func resolve(chosen: String?, accept: String?) -> String {
        // The switch's links name catalogues (`en`), a plan may offer regions (`en-GB`): either matches.
        if let chosen, let match = offered.first(where: { $0.lowercased() == chosen.lowercased() })
            ?? offered.first(where: { Language.catalogue(for: $0) != nil && Language.catalogue(for: $0) == Language.catalogue(for: chosen) }) {
            return match
        }
        if planNamesSeveral, let accept {
            for tag in Self.ranked(accept) {
                if let match = offered.first(where: { $0.lowercased() == tag.lowercased() })
                    ?? offered.first(where: { Language.primary($0) == Language.primary(tag) }) {
                    return match
                }
            }
        }
        return plan
    }

    /// An `Accept-Language` header's tags, most wanted first (`q=0` dropped, ties in written order).
    static func ranked(_ header: String) -> [String] {
        let entries = header.split(separator: ",").enumerated().compactMap { index, part -> (String, Double, Int)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, !tag.isEmpty, tag != "*" else { return nil }
            let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return quality > 0 ? (tag, quality, index) : nil
        }
        return entries.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.map(\.0)
    }

    private static func merge(_ first: [String], _ rest: [String]) -> [String] {
        first + rest.filter { tag in !first.contains { Language.catalogue(for: $0) == tag } }
    }
}
