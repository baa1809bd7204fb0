import WorkshopHTML
import WorkshopKit

/// One activity (on one criterion) on the phone: its buttons, a note, and what was saved, as a
/// form that posts on its own when JavaScript is off.
struct PhoneCard {
    var state: SessionState
    var token: String
    var persona: String
    var activity: Activity
    var criterion: Criterion?
    var answered: Answer?
    /// The persona's name, for the reminder above the buttons.
    var personaName: String? = nil

    var node: Node {
        let scale = state.plan.scale
        let anchor = "a-" + activity.id + (criterion.map { "-" + $0.id } ?? "")
        return element("section", ["id": anchor, "class": answered == nil ? "activity" : "activity answered"]) {
            element("h2") {
                activity.title
                if let criterion { " "; element("span", ["class": "criterion"]) { "· " + criterion.title } }
            }
            if let personaName { PersonaCard.reminder(personaName) }
            if !activity.description.isEmpty { element("p", ["class": "description"]) { activity.description } }
            element("form", ["method": "post", "action": "/g/\(token)/answers"]) {
                element("input", ["type": "hidden", "name": "activity", "value": activity.id])
                element("input", ["type": "hidden", "name": "persona", "value": persona])
                if let criterion { element("input", ["type": "hidden", "name": "criterion", "value": criterion.id]) }
                element("input", ["type": "hidden", "name": "key", "value": RoomTokens.random()])
                element("div", ["class": "buttons", "data-layout": AnswerButtons.layout(scale)]) {
                    AnswerButtons(scale: scale, answered: answered).nodes
                }
                element("details") {
                    element("summary") { "Add a note" }
                    element("textarea", ["name": "note", "maxlength": String(AnswerForm.maxNote), "rows": "3"])
                    element("button", ["name": "save", "value": "note", "class": "save-note"]) { "Save note" }
                }
                element("p", ["class": "status", "role": "status"]) { answered.map { "Saved: " + $0.display(on: scale) } ?? "" }
            }
        }
    }
}
