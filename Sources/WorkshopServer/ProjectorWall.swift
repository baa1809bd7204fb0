import WorkshopHTML
import WorkshopKit

/// The wall of ideas on the projector's page: per prompt its vote and results (`VoteResults`), then
/// the shown ideas as cards under their theme's heading. Each card has a checkbox of the theming form
/// at the wall's foot, so the facilitator themes with the mouse or the keyboard, JavaScript or not.
/// `projector.js` draws the same tree from the event stream.
struct ProjectorWall {
    var view: RoomView
    var token: String
    /// The page does not refresh itself (JavaScript off, the facilitator picking ideas).
    var still = false
    var language: PageLanguage = .english

    private var m: Messages { language.messages }

    /// The wall, once a prompt has an idea or a vote; nil before, so a room without ideas keeps its page.
    var node: Node? {
        guard !view.ideas.isEmpty else { return nil }
        return element("section", ["id": "wall", "class": "wall", "aria-labelledby": "wall-title"]) {
            element("h2", ["id": "wall-title"]) { m["room.slides.ideas"] }
            element("div", ["id": "prompts"]) {
                for prompt in view.ideas { self.prompt(prompt) }
            }
            form
        }
    }

    private func prompt(_ prompt: RoomView.PromptWall) -> Node {
        let themed = prompt.groups.contains { $0.theme != nil }
        return element("section", ["class": "prompt", "aria-labelledby": "prompt-" + prompt.prompt]) {
            element("h3", ["id": "prompt-" + prompt.prompt, "lang": language.planText]) { prompt.question }
            if let vote = prompt.vote { VoteResults(vote: vote, language: language).node }
            for group in prompt.groups {
                if themed {
                    element("h4", ["class": group.theme == nil ? "unthemed" : "theme"]) {
                        group.theme ?? m["room.js.not_in_theme"]
                    }
                }
                element("ul", ["class": "ideas"]) {
                    for idea in group.ideas { card(idea) }
                }
            }
        }
    }

    private func card(_ idea: RoomView.IdeaCard) -> Node {
        element("li", ["class": "idea", "id": "idea-" + idea.id]) {
            element("input", ["type": "checkbox", "form": "theme-form", "name": "ideas", "value": idea.id,
                              "id": "pick-" + idea.id])
            element("label", ["for": "pick-" + idea.id, "dir": "auto"]) {
                element("b") { idea.label }
                " " + idea.text
            }
            element("small") { Self.byline(idea) }
        }
    }

    /// `table-1 · Academic`: who wrote it.
    static func byline(_ idea: RoomView.IdeaCard) -> String {
        idea.group + (idea.persona.map { " · " + $0 } ?? "")
    }

    private var form: Node {
        element("form", ["id": "theme-form", "class": "theming", "method": "post", "action": "/f/\(token)/themes"]) {
            element("label", ["for": "theme-name"]) { m["room.js.put_in_theme"] }
            element("input", ["id": "theme-name", "name": "theme", "list": "theme-names", "maxlength": "80",
                              "autocomplete": "off"])
            element("datalist", ["id": "theme-names"]) {
                for name in themes { element("option", ["value": name]) }
            }
            if still { element("input", ["type": "hidden", "name": "still", "value": "1"]) }
            element("button") { m["room.js.apply"] }
            element("small") { m["room.js.leave_empty"] }
            element("p", ["id": "theme-status", "class": "status", "role": "status"])
            if !still {
                element("noscript") {
                    element("p") {
                        m["room.js.reloads"] + " "
                        element("a", ["href": "/f/\(token)?slide=ideas&still=1#wall"]) { m["room.js.stop_reloading"] }
                    }
                }
            }
        }
    }

    /// Every theme on the wall, in the order made, for the form's suggestions.
    private var themes: [String] {
        var seen: [String] = []
        for name in view.ideas.flatMap({ $0.groups.compactMap(\.theme) }) where !seen.contains(name) { seen.append(name) }
        return seen
    }
}
