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
    /// The language the page speaks, and the query its switch keeps.
    var language: PageLanguage = .english
    var query: [(String, String)] = []

    private var m: Messages { language.messages }

    func html() -> String {
        let plan = state.plan
        let wall = state.ideaWall
        let ideas = PhoneIdeas(state: state, wall: wall, group: group, token: token, persona: persona, language: language).node
        let switcher = language.switcher(query: query)
        // Ideas need no persona: a table that has not chosen one can still write them.
        guard let persona else {
            return Page.wrap(title: plan.title, body: fragment { chooser(); jumps(wall); flash(); ideas },
                             styles: [], scripts: ideas == nil ? [] : ["phone.js", "phone-sync.js"], language: language,
                             switcher: switcher)
        }
        let played = state.personas.first { $0.id == persona }
        let name = played?.name ?? persona
        var mine: [String: Answer] = [:]
        for (cell, answer) in state.currentAnswers where cell.group == group && cell.persona == persona {
            mine[cell.activity + "\u{0}" + (cell.criterion ?? "")] = answer
        }
        let criteria: [Criterion?] = plan.criteria.isEmpty ? [nil] : plan.criteria.map { Optional($0) }
        var items: [Node] = []
        for activity in state.activeActivities {
            for criterion in criteria {
                let card = PhoneCard(state: state, token: token, persona: persona, activity: activity, criterion: criterion,
                                     answered: mine[activity.id + "\u{0}" + (criterion?.id ?? "")], personaName: name, personaLanguage: played?.language,
                                     language: language)
                items.append(card.node)
            }
        }
        let body = fragment {
            element("header") {
                element("h1", ["lang": language.planText]) { plan.title }
                element("p") { language.sentence("room.phone.rating_as", ["group": .text(group),
                                                                           "persona": element("strong", ["lang": language.text(in: played?.language)]) { name }]) }
                element("p", ["class": "progress", "id": "progress", "data-total": String(items.count)]) {
                    m["room.js.answered", ["done": String(mine.count), "total": String(items.count)]]
                }
                jumps(wall)
            }
            if let saved {
                element("p", ["class": "flash", "role": "status"]) {
                    language.sentence(noted ? "room.phone.noted" : "room.phone.saved",
                                      ["activity": language.planSpan(title(of: saved))])
                }
            }
            flash()
            element("main") {
                played.map { PersonaCard(persona: $0, group: group, language: language).node }
                if !items.isEmpty { ScaleLegend(scale: plan.scale, language: language).node }
                items
                ideas
            }
        }
        return Page.wrap(title: plan.title, body: body, styles: ["palette.css", "persona.css"],
                         scripts: ["phone.js", "phone-sync.js", "persona.js"], language: language, switcher: switcher)
    }

    private func chooser() -> Node {
        fragment {
            element("header") {
                element("h1", ["lang": language.planText]) { state.plan.title }
                // An individual (`serve --individuals`) plays a persona alone, not as a table.
                element("p") { m[LiveRoom.isIndividual(group, in: state) ? "room.phone.choose_individual" : "room.phone.choose_table",
                                 ["group": group]] }
            }
            element("main") {
                element("ul", ["class": "choices"]) {
                    for persona in state.personas where state.plan.personas.contains(persona.id) {
                        element("li", ["lang": language.text(in: persona.language)]) {
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
        return element("nav", ["class": "jumps", "aria-label": m["room.phone.sections"]]) {
            element("a", ["href": "#ideas"]) { m["room.phone.ideas"] }
            if let vote = wall.openVote { element("a", ["href": "#v-" + vote.prompt, "class": "vote-open"]) { m["room.phone.vote_open"] } }
        }
    }

    /// One line after a plain idea form (JavaScript off) was saved.
    private func flash() -> Node? {
        guard let done = ideasDone, ["added", "edited", "withdrawn", "dots"].contains(done) else { return nil }
        return element("p", ["class": "flash", "role": "status"]) { m["room.phone." + done] }
    }

    private func title(of activity: String) -> String {
        state.activeActivities.first { $0.id == activity }?.title ?? activity
    }
}
