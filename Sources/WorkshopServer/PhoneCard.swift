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
    /// The persona file's own `language:`, where it says one.
    var personaLanguage: String? = nil
    var language: PageLanguage = .english

    var node: Node {
        let scale = state.plan.scale
        let m = language.messages
        let anchor = "a-" + activity.id + (criterion.map { "-" + $0.id } ?? "")
        // What the buttons' names say the answer is for: "Bring-a-friend appointments: 4, Agree".
        let subject = criterion.map { m["room.card.criterion", ["activity": activity.title, "criterion": $0.title]] } ?? activity.title
        return element("section", ["id": anchor, "class": answered == nil ? "activity" : "activity answered"]) {
            element("h2", ["lang": language.planText]) {
                activity.title
                if let criterion { " "; element("span", ["class": "criterion"]) { "· " + criterion.title } }
            }
            if let personaName { PersonaCard.reminder(personaName, in: personaLanguage, language: language) }
            if !activity.description.isEmpty {
                element("p", ["class": "description", "lang": language.planText]) { activity.description }
            }
            element("form", ["method": "post", "action": "/g/\(token)/answers"]) {
                element("input", ["type": "hidden", "name": "activity", "value": activity.id])
                element("input", ["type": "hidden", "name": "persona", "value": persona])
                if let criterion { element("input", ["type": "hidden", "name": "criterion", "value": criterion.id]) }
                element("input", ["type": "hidden", "name": "key", "value": RoomTokens.random()])
                element("div", ["class": "buttons", "data-layout": AnswerButtons.layout(scale)]) {
                    AnswerButtons(scale: scale, answered: answered, language: language, subject: subject).nodes
                }
                element("details") {
                    element("summary") { m["room.card.add_note"] }
                    element("textarea", ["name": "note", "maxlength": String(AnswerForm.maxNote), "rows": "3",
                                         "aria-label": m["room.card.note", ["activity": subject]]])
                    element("button", ["name": "save", "value": "note", "class": "save-note"]) { m["room.card.save_note"] }
                }
                let shown = answered.map { AnswerButtons.shown($0, on: scale, language: language) }
                element("p", ["class": "status", "role": "status", "data-answer": shown]) {
                    shown.map { m["room.card.saved", ["answer": $0]] } ?? ""
                }
            }
        }
    }
}
