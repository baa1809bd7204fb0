import WorkshopHTML
import WorkshopKit

/// The plan's prompts on a table's phone: for each, its text, a box to add an idea, the vote when
/// one is open (`PhoneVote`), and the table's own shown ideas with Edit and Withdraw. Plain forms
/// that work with JavaScript off; `phone.js` sends the same fields and redraws the list in place.
struct PhoneIdeas {
    var state: SessionState
    var wall: IdeaWall
    var group: String
    var token: String
    /// Sent with every form, so a plain form comes back to the page as it was.
    var persona: String?
    var language: PageLanguage = .english

    private var m: Messages { language.messages }

    var node: Node? {
        let prompts = state.plan.prompts
        guard !prompts.isEmpty else { return nil }
        return element("section", ["id": "ideas", "class": "ideas", "aria-labelledby": "ideas-title"]) {
            element("h2", ["id": "ideas-title"]) { m["room.phone.ideas"] }
            for prompt in prompts { section(prompt) }
        }
    }

    private func section(_ prompt: Prompt) -> Node {
        let mine = wall.listed(prompt: prompt.id).filter { $0.group == group }
        let box = "t-" + prompt.id
        return element("section", ["id": "i-" + prompt.id, "class": "prompt", "data-prompt": prompt.id]) {
            element("h3", ["lang": language.planText]) { prompt.text }
            if let vote = wall.votes[prompt.id], vote.isOpen {
                PhoneVote(wall: wall, vote: vote, group: group, token: token, persona: persona, language: language).node
            }
            element("form", ["method": "post", "action": "/g/\(token)/ideas", "class": "add-idea"]) {
                hidden(prompt: prompt.id)
                element("label", ["for": box]) { m["room.ideas.your_idea"] }
                element("textarea", ["id": box, "name": "text", "maxlength": String(TextLimit.idea), "rows": "3", "required": "", "dir": "auto",
                                     "aria-describedby": "c-" + prompt.id])
                element("p", ["id": "c-" + prompt.id, "class": "count", "data-limit": String(TextLimit.idea)]) {
                    m.count("room.ideas.up_to", TextLimit.idea)
                }
                element("button", ["class": "add"]) { m["room.ideas.add"] }
            }
            element("p", ["class": "status", "role": "status", "aria-live": "polite"])
            // The limit counts hidden ideas too (the session's rule), so the count says how many are used.
            let used = wall.listed(prompt: prompt.id, hidden: true).filter { $0.group == group }.count
            element("h4", ["class": "have-head"]) {
                mine.isEmpty ? m["room.ideas.none_yet"]
                    : m["room.ideas.have", ["used": String(used), "limit": String(Idea.perGroupAndPrompt)]]
            }
            element("ul", ["class": "mine"]) {
                for idea in mine { item(idea) }
            }
        }
    }

    private func item(_ idea: Idea) -> Node {
        let hex = RecordID.format(idea.id)
        return element("li", ["id": "idea-" + hex, "class": "idea"]) {
            element("p", ["class": "text", "dir": "auto"]) { element("span", ["class": "label"]) { idea.label }; " "; idea.text }
            element("details", ["class": "edit"]) {
                element("summary", ["aria-label": m["room.ideas.edit_name", ["label": idea.label]]]) { m["room.ideas.edit"] }
                element("form", ["method": "post", "action": "/g/\(token)/ideas/\(hex)"]) {
                    hidden()
                    element("label", ["for": "e-" + hex]) { m["room.ideas.new_wording", ["label": idea.label]] }
                    element("textarea", ["id": "e-" + hex, "name": "text", "maxlength": String(TextLimit.idea), "rows": "3",
                                         "required": "", "dir": "auto"]) { idea.text }
                    element("button") { m["room.ideas.save", ["label": idea.label]] }
                }
            }
            element("details", ["class": "withdraw"]) {
                element("summary", ["aria-label": m["room.ideas.withdraw_name", ["label": idea.label]]]) { m["room.ideas.withdraw"] }
                element("form", ["method": "post", "action": "/g/\(token)/ideas/\(hex)/withdraw"]) {
                    hidden()
                    element("p") { m["room.ideas.withdraw_warning"] }
                    element("button", ["class": "danger"]) { m["room.ideas.withdraw_confirm", ["label": idea.label]] }
                }
            }
        }
    }

    /// The fields every idea form carries: a fresh key, the persona, and the prompt when it names one.
    private func hidden(prompt: String? = nil) -> Node {
        fragment {
            if let prompt { element("input", ["type": "hidden", "name": "prompt", "value": prompt]) }
            if let persona { element("input", ["type": "hidden", "name": "persona", "value": persona]) }
            element("input", ["type": "hidden", "name": "key", "value": RoomTokens.random()])
        }
    }
}
