import WorkshopMessages
import WorkshopModel

/// The language a report speaks and the one its plan is written in. The report's own words come
/// from `words` (the `report.` keys of the catalogue); the plan's text stays as written, marked
/// with its own `lang` (and `dir`) where the two differ, so a screen reader speaks each in its voice.
public struct ReportLanguage: Sendable {
    /// The report's own words: the language asked for, or English where it has no catalogue.
    public let words: Messages
    /// The tag asked for (`--language`, else the plan's), catalogue or not.
    public let requested: String
    /// The plan's language, the one its text is written in (English when it names none).
    public let plan: String

    public init(_ requested: String? = nil, plan: String? = nil) {
        self.plan = plan ?? "en"
        self.requested = requested ?? plan ?? "en"
        words = Messages(self.requested)
    }

    /// English throughout: the terminal's renderings and an export with no language asked for.
    public static let english = ReportLanguage()

    /// `rtl` when the report's language runs right to left, or, when it has no catalogue (so the
    /// words are English), when the plan's does: the page then reads in the plan's direction.
    public var direction: String {
        if Language.catalogue(for: requested) == nil { return Language.direction(plan) }
        return Language.direction(words.language)
    }

    /// The `dir` of the page: only when right to left, so a left-to-right report is as it was.
    var pageDir: String? { direction == "rtl" ? "rtl" : nil }

    /// The `lang` of an element holding the plan's text, nil when it is the page's own language.
    var planLang: String? {
        Language.primary(plan) == Language.primary(words.language) ? nil : plan
    }

    /// The `dir` of an element holding the plan's text, nil when it runs as the page does.
    var planDir: String? {
        Language.direction(plan) == direction ? nil : Language.direction(plan)
    }

    /// A scale label as the report shows it: a built-in scale's in the report's language, a plan's own as written.
    func label(_ level: Scale.Level, scale: String) -> String {
        words.builtinLabel(scale: scale, key: level.key, english: level.label) ?? level.label
    }

    /// `A, B and C` in the report's language.
    func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return words["report.list.and", ["rest": items.dropLast().joined(separator: words["report.list.separator"]), "last": last]]
    }
}
