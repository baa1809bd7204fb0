import WorkshopSupport

/// A language as a BCP 47 tag (`cy`, `en-GB`, `zh-Hans`): what a page's `lang` says, which way its
/// text runs, and which catalogue speaks it.
public enum Language {
    /// The languages shipped with a complete catalogue, English first (the fallback).
    public static var shipped: [String] { ["en"] + Catalogues.languages.filter { $0 != "en" } }

    /// `zh` of `zh-Hans-CN`, lower-cased.
    public static func primary(_ tag: String) -> String {
        String(tag.split(separator: "-").first ?? "").lowercased()
    }

    /// Right to left for the scripts written so (Arabic, Hebrew, Persian, Urdu...).
    public static func isRightToLeft(_ tag: String) -> Bool {
        ["ar", "he", "iw", "fa", "ur", "ps", "sd", "yi", "dv", "ug", "ckb"].contains(primary(tag))
    }

    /// `rtl` or `ltr`, for a `dir` attribute.
    public static func direction(_ tag: String) -> String { isRightToLeft(tag) ? "rtl" : "ltr" }

    /// Whether `tag` is well formed enough to be a `lang` attribute: letters, digits and hyphens,
    /// starting with a 2 or 3 letter language.
    public static func isValid(_ tag: String) -> Bool { LanguageTag.isValid(tag) }

    /// The shipped catalogue that speaks `tag`: itself, or its primary language (`en-GB` is `en`,
    /// `zh-CN` and `zh` are `zh-Hans`); nil when none does.
    public static func catalogue(for tag: String) -> String? {
        let known = Catalogues.languages
        if let exact = known.first(where: { $0.lowercased() == tag.lowercased() }) { return exact }
        let primary = primary(tag)
        if primary == "zh" { return known.first { $0 == "zh-Hans" } }
        return known.first { Self.primary($0) == primary }
    }
}
