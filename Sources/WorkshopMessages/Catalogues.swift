import WorkshopCatalogues

/// The catalogues compiled into the binary, read once on first use.
public enum Catalogues {
    /// Every catalogue by its language tag.
    public static let all: [String: Catalogue] = {
        var catalogues: [String: Catalogue] = [:]
        for (language, text) in CatalogueFiles.byLanguage {
            catalogues[language] = Catalogue(language: language, yaml: text.description)
        }
        return catalogues
    }()

    /// The languages with a catalogue, sorted.
    public static var languages: [String] { all.keys.sorted() }

    /// English: every key the program uses is in it, and every other catalogue falls back to it.
    public static var english: Catalogue { all["en"] ?? Catalogue(language: "en", yaml: "en: {}") }

    /// Keys English has and `language` lacks (falls back to English), sorted.
    public static func missing(in language: String) -> [String] {
        guard let catalogue = all[language] else { return english.messages.keys.sorted() }
        return english.messages.keys.filter { catalogue.messages[$0] == nil }.sorted()
    }
}
