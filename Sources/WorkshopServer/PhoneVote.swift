import WorkshopHTML
import WorkshopKit

/// The open vote on one prompt, on a table's phone: the items (ideas, or themes with their ideas
/// under each), the table's own dots on each with − and + as plain forms posting the new count, and
/// how many dots are left. Never the room's totals: a vote may hide them until it closes, and a
/// table's choice is its own either way.
struct PhoneVote {
    var wall: IdeaWall
    var vote: Vote
    var group: String
    var token: String
    var persona: String?
    var language: PageLanguage = .english

    private var m: Messages { language.messages }

    var node: Node {
        let placed = wall.placed(by: group, prompt: vote.prompt)
        let left = wall.remaining(for: group, prompt: vote.prompt)
        var items: [(item: VoteItem, name: String, ideas: [Idea])] = []
        if vote.on == .ideas {
            for idea in wall.listed(prompt: vote.prompt) { items.append((.idea(idea.id), idea.label, [idea])) }
        } else {
            for theme in wall.themes(prompt: vote.prompt) {
                items.append((.theme(theme), m["room.vote.theme", ["name": theme]], wall.listed(prompt: vote.prompt, theme: theme)))
            }
        }
        return element("section", ["id": "v-" + vote.prompt, "class": "vote", "data-dots": String(vote.dots),
                                   "data-most": vote.perItem.map(String.init), "aria-label": m["room.vote.name"]]) {
            element("h4") { m.count("room.vote.heading", vote.dots) }
            element("p", ["class": "left", "role": "status", "aria-live": "polite"]) { Self.left(left, m) }
            if let most = vote.perItem {
                element("p", ["class": "rule"]) { m.count(vote.on == .ideas ? "room.vote.most_idea" : "room.vote.most_theme", most) }
            }
            element("ul", ["class": "items"]) {
                for entry in items {
                    row(entry.item, name: entry.name, ideas: entry.ideas, count: placed[entry.item] ?? 0, left: left)
                }
            }
        }
    }

    /// "2 dots left", as the page and `phone.js` word it.
    static func left(_ count: Int, _ messages: Messages = .english) -> String { messages.count("room.vote.dots_left", count) }

    private func row(_ item: VoteItem, name: String, ideas: [Idea], count: Int, left: Int) -> Node {
        let value: String
        switch item {
        case let .idea(id): value = RecordID.format(id)
        case let .theme(theme): value = theme
        }
        let full = left == 0 || vote.perItem.map { count >= $0 } ?? false
        return element("li", ["class": "item", "data-item": value, "data-count": String(count)]) {
            if case let .theme(theme) = item {
                element("p", ["class": "theme", "dir": "auto"]) { theme }
                element("ul", ["class": "under"]) {
                    for idea in ideas { element("li", ["dir": "auto"]) { element("span", ["class": "label"]) { idea.label }; " "; idea.text } }
                }
            } else if let idea = ideas.first {
                element("p", ["class": "text", "dir": "auto"]) { element("span", ["class": "label"]) { idea.label }; " "; idea.text }
            }
            element("div", ["class": "dots"]) {
                dotForm(value, count: count - 1, disabled: count == 0, sign: "minus", label: m["room.vote.take", ["name": name]]) { "−" }
                element("span", ["class": "have"]) { m.count("room.js.dots", count) }
                dotForm(value, count: count + 1, disabled: full, sign: "plus", label: m["room.vote.add", ["name": name]]) { "+" }
            }
        }
    }

    private func dotForm(_ item: String, count: Int, disabled: Bool, sign: String, label: String, _ text: () -> String) -> Node {
        element("form", ["method": "post", "action": "/g/\(token)/dots", "class": "dot " + sign]) {
            element("input", ["type": "hidden", "name": "prompt", "value": vote.prompt])
            element("input", ["type": "hidden", "name": "item", "value": item])
            element("input", ["type": "hidden", "name": "count", "value": String(max(0, count))])
            if let persona { element("input", ["type": "hidden", "name": "persona", "value": persona]) }
            element("input", ["type": "hidden", "name": "key", "value": RoomTokens.random()])
            element("button", ["aria-label": label, "disabled": disabled ? "" : nil]) { text() }
        }
    }
}
