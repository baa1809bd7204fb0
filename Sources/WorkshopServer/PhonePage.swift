import WorkshopHTML
import WorkshopKit

/// The page a table's phone shows: every activity with a button per answer, "unsure", a note that
/// can be saved with an answer or on its own, and what the table has answered. Plain forms that work with JavaScript off; `phone.js`
/// sends the same fields without leaving the page and says "saved" only once the server has.
struct PhonePage {
    var state: SessionState
    var group: String
    var token: String
    /// The persona the table plays: assigned, chosen on the phone, or nil (ask first).
    var persona: String?
    var saved: String?
    /// What was saved for `saved` was a note on its own.
    var noted = false
    /// What a plain idea form just did (`added`, `edited`, `withdrawn`, `dots`), for the flash.
    var ideasDone: String?

    func html() -> String {
        let plan = state.plan
        let wall = state.ideaWall
        let ideas = PhoneIdeas(state: state, wall: wall, group: group, token: token, persona: persona).node
        // Ideas need no persona: a table that has not chosen one can still write them.
        guard let persona else {
            return Page.wrap(title: plan.title, body: fragment { chooser(); jumps(wall); flash(); ideas },
                             styles: [], scripts: ideas == nil ? [] : ["phone.js", "phone-sync.js"])
        }
        let played = state.personas.first { $0.id == persona }
        let name = played?.name ?? persona
        var mine: [String: Answer] = [:]
        for (cell, answer) in state.currentAnswers where cell.group == group && cell.persona == persona {
            mine[cell.activity + "\u{0}" + (cell.criterion ?? "")] = answer
        }
        let items = state.activeActivities.flatMap { activity in
            (plan.criteria.isEmpty ? [nil] : plan.criteria.map { Optional($0) }).map { criterion in
                PhoneCard(state: state, token: token, persona: persona, activity: activity, criterion: criterion,
                          answered: mine[activity.id + "\u{0}" + (criterion?.id ?? "")], personaName: name).node
            }
        }
        let body = fragment {
            element("header") {
                element("h1") { plan.title }
                element("p") { group + " · you are rating as "; element("strong") { name } }
                element("p", ["class": "progress", "id": "progress", "data-total": String(items.count)]) {
                    "\(mine.count) of \(items.count) answered"
                }
                jumps(wall)
            }
            if let saved {
                element("p", ["class": "flash", "role": "status"]) { (noted ? "Note saved" : "Saved") + ": " + title(of: saved) }
            }
            flash()
            element("main") {
                played.map { PersonaCard(persona: $0, group: group).node }
                if !items.isEmpty { ScaleLegend(scale: plan.scale).node }
                items
                ideas
            }
        }
        return Page.wrap(title: plan.title, body: body, styles: ["palette.css", "persona.css"],
                         scripts: ["phone.js", "phone-sync.js", "persona.js"])
    }

    private func chooser() -> Node {
        fragment {
            element("header") {
                element("h1") { state.plan.title }
                // An individual (`serve --individuals`) plays a persona alone, not as a table.
                element("p") { group + (LiveRoom.isIndividual(group, in: state) ? ": which persona will you play?"
                                                                                 : ": which persona does your table play?") }
            }
            element("main") {
                element("ul", ["class": "choices"]) {
                    for persona in state.personas where state.plan.personas.contains(persona.id) {
                        element("li") {
                            element("a", ["class": "choice", "href": "/g/\(token)?persona=\(persona.id)"]) {
                                persona.name
                                if !persona.summary.isEmpty { element("small") { persona.summary } }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Links at the top to the ideas and to an open vote, so a table finds them at once.
    private func jumps(_ wall: IdeaWall) -> Node? {
        guard !state.plan.prompts.isEmpty else { return nil }
        return element("nav", ["class": "jumps", "aria-label": "Sections"]) {
            element("a", ["href": "#ideas"]) { "Ideas" }
            if let vote = wall.openVote { element("a", ["href": "#v-" + vote.prompt, "class": "vote-open"]) { "Vote open: place your dots" } }
        }
    }

    /// One line after a plain idea form (JavaScript off) was saved.
    private func flash() -> Node? {
        let words = ["added": "Idea added", "edited": "Idea changed", "withdrawn": "Idea withdrawn", "dots": "Dots saved"]
        guard let done = ideasDone, let line = words[done] else { return nil }
        return element("p", ["class": "flash", "role": "status"]) { line }
    }

    private func title(of activity: String) -> String {
        state.activeActivities.first { $0.id == activity }?.title ?? activity
    }
}
