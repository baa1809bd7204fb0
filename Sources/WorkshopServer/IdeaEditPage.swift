import WorkshopHTML
import WorkshopKit

/// `GET /g/TOKEN/ideas/ID`: one of the table's ideas on a page of its own, to edit or withdraw
/// with JavaScript off (the phone's page does the same in place).
struct IdeaEditPage {
    var state: SessionState
    var idea: Idea
    var token: String
    var persona: String?

    func html() -> String {
        let hex = RecordID.format(idea.id)
        let back = "/g/\(token)" + (persona.map { "?persona=\($0)" } ?? "") + "#i-\(idea.prompt)"
        let prompt = state.plan.prompts.first { $0.id == idea.prompt }?.text ?? idea.prompt
        let body = element("main", ["class": "edit-idea"]) {
            element("h1") { "Idea \(idea.label)" }
            element("p", ["class": "prompt"]) { prompt }
            element("form", ["method": "post", "action": "/g/\(token)/ideas/\(hex)"]) {
                fields()
                element("label", ["for": "text"]) { "New wording for \(idea.label)" }
                element("textarea", ["id": "text", "name": "text", "maxlength": String(TextLimit.idea), "rows": "4", "required": ""]) {
                    idea.text
                }
                element("button") { "Save \(idea.label)" }
            }
            element("form", ["method": "post", "action": "/g/\(token)/ideas/\(hex)/withdraw"]) {
                fields()
                element("details", ["class": "withdraw"]) {
                    element("summary") { "Withdraw \(idea.label)" }
                    element("p") { "Other tables and the projector will no longer see it." }
                    element("button", ["class": "danger"]) { "Yes, withdraw \(idea.label)" }
                }
            }
            element("p") { element("a", ["href": back]) { "Back" } }
        }
        return Page.wrap(title: "Idea \(idea.label)", body: body, script: nil)
    }

    private func fields() -> Node {
        fragment {
            if let persona { element("input", ["type": "hidden", "name": "persona", "value": persona]) }
            element("input", ["type": "hidden", "name": "key", "value": RoomTokens.random()])
        }
    }
}
