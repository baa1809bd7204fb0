import Testing
import WorkshopKit

/// The shipped catalogues are part of the program: each reads cleanly, is complete, keeps English's
/// placeholders, gives every plural form its language uses, and is a translation, not a copy.
struct CatalogueTests {
    static let translations = ["cy", "de", "es", "fr", "zh-Hans"]

    @Test func theSixLanguagesAreShippedAndReadCleanly() {
        #expect(Catalogues.languages == ["cy", "de", "en", "es", "fr", "zh-Hans"])
        for (language, catalogue) in Catalogues.all {
            #expect(catalogue.problems.isEmpty, "\(language): \(catalogue.problems)")
            #expect(!catalogue.messages.isEmpty, "\(language) has no messages")
        }
    }

    @Test(arguments: translations) func everyLanguageIsComplete(language: String) {
        #expect(Catalogues.missing(in: language) == [], "\(language) lacks these, which show in English")
        let extra = Catalogues.all[language].map { Set($0.messages.keys).subtracting(Catalogues.english.messages.keys) } ?? []
        #expect(extra.isEmpty, "\(language) has keys English has not (a typo?): \(extra.sorted())")
    }

    @Test(arguments: translations) func placeholdersAreKeptAndPluralsHaveEveryForm(language: String) throws {
        let catalogue = try #require(Catalogues.all[language])
        let categories = PluralRule.categories(language: language)
        for (key, english) in Catalogues.english.messages {
            guard let message = catalogue.messages[key] else { continue }
            let wanted = Self.texts(english).reduce(into: Set<String>()) { $0.formUnion(Catalogue.placeholders($1)) }
            for text in Self.texts(message) {
                // A plural form may leave out its number ("Dim dotiau ar ôl", none left); nothing else.
                let missing = wanted.subtracting(Catalogue.placeholders(text)).subtracting(Self.isPlural(english) ? ["count"] : [])
                #expect(missing.isEmpty, "\(language) \(key) drops \(missing.sorted()): \(text)")
                #expect(Catalogue.placeholders(text).isSubset(of: wanted), "\(language) \(key) names a placeholder English has not: \(text)")
            }
            if Self.isPlural(english), case .plural(let forms) = message {
                #expect(Set(categories).isSubset(of: forms.keys), "\(language) \(key) gives \(forms.keys.map(\.rawValue).sorted()), needs \(categories.map(\.rawValue))")
            } else if Self.isPlural(english) {
                #expect(categories == [.other], "\(language) \(key) must give the forms \(categories.map(\.rawValue))")
            }
        }
    }

    /// Machine translation left untranslated: an entry equal to English's, except names, numbers,
    /// placeholders and the few words these languages share with English.
    @Test(arguments: translations) func noEntryIsLeftInEnglish(language: String) throws {
        let catalogue = try #require(Catalogues.all[language])
        let same = catalogue.messages.filter { key, message in
            guard let english = Catalogues.english.messages[key], english == message else { return false }
            return !Self.texts(message).allSatisfy(Self.needsNoTranslation)
        }
        #expect(same.isEmpty, "\(language) leaves these in English: \(same.keys.sorted())")
    }

    static let sharedWords: Set<String> = ["OK", "CSV", "JSON", "XLSX", "PDF", "QR", "RAG", "n", "Median", "Total", "Status", "Relevant"]

    static func needsNoTranslation(_ text: String) -> Bool {
        var stripped = text
        for name in Catalogue.placeholders(text) { stripped = stripped.replacingOccurrences(of: "%{\(name)}", with: "") }
        return !stripped.contains { $0.isLetter } || sharedWords.contains(text)
    }

    static func texts(_ message: Catalogue.Message) -> [String] {
        switch message {
        case .text(let text): return [text]
        case .plural(let forms): return Array(forms.values)
        }
    }

    static func isPlural(_ message: Catalogue.Message) -> Bool {
        if case .plural = message { return true }
        return false
    }
}
