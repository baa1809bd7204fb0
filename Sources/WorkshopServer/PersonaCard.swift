import WorkshopHTML
import WorkshopKit

/// The persona a table plays, at the top of its rating page: who they are, what they need and
/// what gets in their way, so the table answers in role rather than as itself. A `<details>`, so it
/// folds with JavaScript off; `persona.js` remembers per table whether it was left open.
struct PersonaCard {
    var persona: Persona
    /// The table, so each table's phones remember their own choice (`data-remember`).
    var group: String

    var node: Node {
        element("details", ["class": "persona", "id": "persona", "open": "", "data-remember": "persona-card:" + group]) {
            element("summary") {
                element("h2") { "You are playing: "; element("span", ["class": "name"]) { persona.name } }
            }
            if !persona.summary.isEmpty { element("p", ["class": "summary"]) { persona.summary } }
            list("What they need", persona.needs, className: "needs")
            list("What gets in the way", persona.pains, className: "pains")
        }
    }

    private func list(_ heading: String, _ items: [String], className: String) -> Node? {
        guard !items.isEmpty else { return nil }
        return element("div", ["class": className]) {
            element("h3") { heading }
            element("ul") { for item in items { element("li") { item } } }
        }
    }

    /// The line above each activity: "As the PhD candidate…" (no article to get wrong: the name
    /// is whatever the persona file says).
    static func reminder(_ name: String) -> Node {
        element("p", ["class": "reminder"]) { "As the "; element("strong") { name }; "…" }
    }
}
