import Synchronization
import WorkshopCatalogues

/// The catalogues compiled into the binary, each read on first use: a command that writes English
/// reads `en.yaml` alone, not the five others (all six are 164 KB of YAML).
public enum Catalogues {
    private static let read = Mutex<[String: Catalogue]>([:])

    /// The catalogue of `language` (a catalogue's own tag), read once; nil when none is shipped.
    public static func catalogue(_ language: String) -> Catalogue? {
        if let known = read.withLock({ $0[language] }) { return known }
        guard let text = CatalogueFiles.byLanguage[language] else { return nil }
        let catalogue = Catalogue(language: language, yaml: text.description)
        read.withLock { $0[language] = catalogue }
        return catalogue
    }

    /// Every catalogue by its language tag (tests, `check`).
    public static var all: [String: Catalogue] {
        Dictionary(uniqueKeysWithValues: languages.compactMap { tag in catalogue(tag).map { (tag, $0) } })
    }

    /// The languages with a catalogue, sorted.
    public static var languages: [String] { CatalogueFiles.byLanguage.keys.sorted() }

    /// English: every key the program uses is in it, and every other catalogue falls back to it.
    public static let english: Catalogue = catalogue("en") ?? Catalogue(language: "en", yaml: "en: {}")

    /// Keys English has and `language` lacks (falls back to English), sorted.
    public static func missing(in language: String) -> [String] {
        guard let catalogue = catalogue(language) else { return english.messages.keys.sorted() }
        return english.messages.keys.filter { catalogue.messages[$0] == nil }.sorted()
    }
}
