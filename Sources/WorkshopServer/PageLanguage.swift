import Hummingbird
import WorkshopHTML
import WorkshopKit

/// The language one request's page speaks (`LanguageChoice`: the phone's switch, `?lang=` or the
/// `lang` cookie it set, then `Accept-Language` when the plan offers several, then the plan's
/// `language:`), with what a page needs of it: the words, `lang` and `dir`, and where the plan's
/// own text is in another language than the interface.
struct PageLanguage: Sendable {
    /// The interface's words; `messages.language` is the page's `lang`.
    var messages: Messages
    /// The language the plan's text is written in.
    var plan: String
    /// The languages the switch offers, as catalogue tags, each once.
    var offered: [String]

    static let english = PageLanguage(messages: .english, plan: "en", offered: ["en"])

    /// The cookie the switch sets, and the query parameter that sets it.
    static let cookie = "lang"

    init(messages: Messages, plan: String, offered: [String]) {
        self.messages = messages
        self.plan = plan
        self.offered = offered
    }

    /// The language of `request` for a room playing `plan`.
    init(_ request: Request, plan: Plan) {
        let choice = LanguageChoice(planLanguage: plan.language, planLanguages: plan.languages ?? [])
        let chosen = Self.chosen(request)
        let tag = choice.resolve(chosen: chosen, accept: request.headers[.acceptLanguage])
        var offered: [String] = []
        for tag in choice.offered {
            if let catalogue = Language.catalogue(for: tag), !offered.contains(catalogue) { offered.append(catalogue) }
        }
        self.init(messages: Messages(tag), plan: plan.language ?? "en", offered: offered)
    }

    /// The language a phone chose: `?lang=` on this request, else the cookie an earlier one set.
    static func chosen(_ request: Request) -> String? {
        let asked = request.uri.queryParameters.get(cookie).flatMap { Language.isValid($0) ? $0 : nil }
        return asked ?? request.cookies[cookie]?.value
    }

    /// The page's `lang`.
    var tag: String { messages.language }

    /// The page's direction: the plan's language's when the interface speaks it or no catalogue
    /// does (an Arabic plan on an English interface still reads right to left), else the interface's.
    var direction: String {
        let planCatalogue = Language.catalogue(for: plan)
        return planCatalogue == nil || planCatalogue == tag ? Language.direction(plan) : Language.direction(tag)
    }

    /// The `lang` an element of the plan's own text carries: nil where it is the page's already.
    var planText: String? { text(in: plan) }

    /// The `lang` for text written in `language` (a persona file's), nil where it is the page's.
    func text(in language: String?) -> String? {
        let language = language ?? plan
        return Language.catalogue(for: language) == tag || language.lowercased() == tag.lowercased() ? nil : language
    }
}

extension PageLanguage {
    /// `key`'s text with placeholders filled by nodes (a name in `<strong>`), wherever the
    /// translation put them.
    func sentence(_ key: String, _ nodes: [String: Node]) -> Node {
        let marks = Dictionary(uniqueKeysWithValues: nodes.keys.map { ($0, "\u{0}" + $0 + "\u{0}") })
        let parts = messages[key, marks].split(separator: "\u{0}", omittingEmptySubsequences: false)
        return fragment {
            for (index, part) in parts.enumerated() {
                if index % 2 == 1, let node = nodes[String(part)] { node } else if !part.isEmpty { String(part) }
            }
        }
    }
}

extension LiveRoom {
    /// The language `request`'s page speaks in this room.
    func language(_ request: Request) -> PageLanguage {
        PageLanguage(request, plan: gate.rules.plan)
    }
}

extension PageLanguage {
    /// The plan's own text: bare where the page speaks the plan's language, else in a span saying its `lang`.
    func planSpan(_ text: String) -> Node {
        planText.map { lang in element("span", ["lang": lang]) { text } } ?? .text(text)
    }
}
