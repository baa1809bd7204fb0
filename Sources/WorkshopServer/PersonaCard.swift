import WorkshopHTML
import WorkshopKit

/// The persona a table plays, at the top of its rating page: who they are, what they need and
/// what gets in their way, so the table answers in role rather than as itself. A `<details>`, so it
/// folds with JavaScript off; `persona.js` remembers per table whether it was left open. The
/// persona's text carries its file's `language:` (else the plan's) where the page speaks another.
struct PersonaCard {
    var persona: Persona
    /// The table, so each table's phones remember their own choice (`data-remember`).
    var group: String
    var language: PageLanguage = .english

    var node: Node {
        let own = language.text(in: persona.language)
        return element("details", ["class": "persona", "id": "persona", "open": "", "data-remember": "persona-card:" + group]) {
            element("summary") {
                element("h2") {
                    language.sentence("room.persona.playing", ["name": element("span", ["class": "name", "lang": own]) { persona.name }])
                }
            }
            if !persona.summary.isEmpty { element("p", ["class": "summary", "lang": own]) { persona.summary } }
            list("room.persona.needs", persona.needs, className: "needs", lang: own)
            list("room.persona.pains", persona.pains, className: "pains", lang: own)
        }
    }

    private func list(_ heading: String, _ items: [String], className: String, lang: String?) -> Node? {
        guard !items.isEmpty else { return nil }
        return element("div", ["class": className]) {
            element("h3") { language.messages[heading] }
            element("ul", ["lang": lang]) { for item in items { element("li") { item } } }
        }
    }

    /// The line above each activity: "As the PhD candidate…" (no article to get wrong: the name
    /// is whatever the persona file says).
    static func reminder(_ name: String, in written: String? = nil, language: PageLanguage = .english) -> Node {
        element("p", ["class": "reminder"]) {
            language.sentence("room.persona.reminder", ["name": element("strong", ["lang": language.text(in: written)]) { name }])
        }
    }
}
