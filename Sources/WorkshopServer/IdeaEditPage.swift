import WorkshopHTML
import WorkshopKit

/// `GET /g/TOKEN/ideas/ID`: one of the table's ideas on a page of its own, to edit or withdraw
/// with JavaScript off (the phone's page does the same in place).
struct IdeaEditPage {
    var state: SessionState
    var idea: Idea
    var token: String
    var persona: String?
    var language: PageLanguage = .english
    var query: [(String, String)] = []

    func html() -> String {
        let hex = RecordID.format(idea.id)
        let back = "/g/\(token)" + (persona.map { "?persona=\($0)" } ?? "") + "#i-\(idea.prompt)"
        let prompt = state.plan.prompts.first { $0.id == idea.prompt }?.text ?? idea.prompt
        let m = language.messages, title = m["room.ideas.title", ["label": idea.label]]
        let body = element("main", ["class": "edit-idea"]) {
            element("h1") { title }
            element("p", ["class": "prompt", "lang": language.planText]) { prompt }
            element("form", ["method": "post", "action": "/g/\(token)/ideas/\(hex)"]) {
                fields()
                element("label", ["for": "text"]) { m["room.ideas.new_wording", ["label": idea.label]] }
                element("textarea", ["id": "text", "name": "text", "maxlength": String(TextLimit.idea), "rows": "4", "required": "",
                                     "dir": "auto"]) {
                    idea.text
                }
                element("button") { m["room.ideas.save", ["label": idea.label]] }
            }
            element("form", ["method": "post", "action": "/g/\(token)/ideas/\(hex)/withdraw"]) {
                fields()
                element("details", ["class": "withdraw"]) {
                    element("summary") { m["room.ideas.withdraw_name", ["label": idea.label]] }
                    element("p") { m["room.ideas.withdraw_warning"] }
                    element("button", ["class": "danger"]) { m["room.ideas.withdraw_confirm", ["label": idea.label]] }
                }
            }
            element("p") { element("a", ["href": back]) { m["room.back"] } }
        }
        return Page.wrap(title: title, body: body, script: nil, language: language, switcher: language.switcher(query: query))
    }

    private func fields() -> Node {
        fragment {
            if let persona { element("input", ["type": "hidden", "name": "persona", "value": persona]) }
            element("input", ["type": "hidden", "name": "key", "value": RoomTokens.random()])
        }
    }
}
