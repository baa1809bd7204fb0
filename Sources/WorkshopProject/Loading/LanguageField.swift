import WorkshopModel
import WorkshopSupport
import Yams

/// `language: cy` and `languages: [cy, en]` in a plan or persona file: language tags, checked for
/// their form only (a language without a catalogue still loads; `check` says its pages show in
/// English).
enum LanguageField {
    static func one(_ fields: FieldReader, log: DiagnosticLog) -> String? {
        guard let text = fields.string("language"), let node = fields.value("language") else { return nil }
        guard LanguageTag.isValid(text) else {
            log.report(.invalidLanguage(value: text), at: node)
            return nil
        }
        return text
    }

    static func several(_ fields: FieldReader, log: DiagnosticLog) -> [String]? {
        guard let items = fields.list("languages") else { return nil }
        var tags: [String] = []
        for item in items {
            guard let text = item.scalar?.string else {
                log.report(.wrongType(key: "languages", expected: "a list of language tags"), at: item)
                continue
            }
            guard LanguageTag.isValid(text) else {
                log.report(.invalidLanguage(value: text), at: item)
                continue
            }
            if !tags.contains(text) { tags.append(text) }
        }
        return tags.isEmpty ? nil : tags
    }
}
