import WorkshopModel
import Yams

/// Turns a persona file into a `Persona`, reporting every problem it finds.
package enum PersonaLoader {
    package static let keys = ["name", "summary", "needs", "pains", "weight", "tags", "language"]

    package static func load(id: String, text: String, log: DiagnosticLog) -> Persona? {
        guard let root = YAMLDocument.rootMapping(of: text, log: log),
              let fields = FieldReader(root, context: "persona", key: "the file", log: log)
        else { return nil }
        let before = log.diagnostics.count
        let name = fields.string("name", required: true)
        var persona = Persona(
            id: id,
            name: name ?? id,
            summary: fields.string("summary") ?? "",
            needs: fields.strings("needs"),
            pains: fields.strings("pains"),
            weight: fields.weight() ?? 1,
            tags: fields.strings("tags")
        )
        persona.language = LanguageField.one(fields, log: log)
        fields.warnUnknownKeys(allowed: keys)
        return log.diagnostics[before...].hasErrors ? nil : persona
    }
}

extension ArraySlice where Element == Diagnostic {
    package var hasErrors: Bool { contains { $0.severity == .error } }
}
