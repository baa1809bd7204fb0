import WorkshopHTML
import WorkshopKit

/// The projector: a deck of slides the facilitator steps through (`ProjectorSlide`): the persona ×
/// activity matrix, one activity, the coverage board, the highlights, the wall of ideas. The slide
/// is the room's (`LiveRoom+Slide`), so every screen shows the same one; the header says where the
/// room stands and holds the results switch. Rendered here in full (it refreshes itself with
/// JavaScript off, unless `still`); `projector.js` keeps the header and the wall current from the
/// event stream and `slides.js` fetches the slide again (`SlideBody`) as answers arrive, steps it
/// with the arrow keys and says when the server cannot be reached.
struct ProjectorPage {
    var view: RoomView
    var token: String
    var still = false
    var language: PageLanguage = .english
    var query: [(String, String)] = []

    private var m: Messages { language.messages }

    /// The shortcut that shows or hides results: not a single printable key (WCAG 2.1.4).
    static let revealShortcut = "Control+Shift+H"

    func html() -> String {
        let body = element("div", ["class": "projector deck", "id": "projector", "data-events": "/f/\(token)/events",
                                   "data-token": token, "data-still": still ? "1" : nil,
                                   "data-plan-lang": language.planText]) {
            element("header", ["class": "topbar"]) {
                element("h1", ["lang": language.planText]) { view.title }
                element("p", ["id": "summary"]) { summary }
                element("form", ["method": "post", "action": "/f/\(token)/results", "class": "reveal"]) {
                    element("input", ["type": "hidden", "name": "show", "value": view.hidden ? "1" : "0"])
                    element("button", ["aria-keyshortcuts": Self.revealShortcut]) {
                        m[view.hidden ? "room.js.show_results" : "room.js.hide_results"]
                    }
                    element("small", ["class": "shortcut"]) { "Ctrl+Shift+H" }
                }
            }
            element("p", ["id": "offline", "class": "offline", "role": "alert", "hidden": ""])
            element("main", ["id": "slide", "class": "slide", "tabindex": "-1"]) {
                SlideBody(view: view, token: token, still: still, language: language).node
            }
            element("p", ["id": "announce", "class": "visually-hidden", "role": "status"])
        }
        return Page.wrap(title: view.title, body: body, styles: ["palette.css", "slides.css"],
                         scripts: ["projector.js", "slides.js"], refresh: still ? nil : 5, language: language,
                         switcher: language.switcher(query: query))
    }

    var summary: String {
        let done = view.coverage.filter { $0.owes.isEmpty }.count
        let tables = m["room.js.summary", ["done": String(done), "total": String(view.coverage.count), "answers": String(view.answers)]]
        return view.hidden ? m["room.js.summary_hidden", ["summary": tables]] : tables
    }

    /// The activities a table still owes, by name when there are at most three (the last few are
    /// worth calling out), else how many: a projector read from the back has no room for more.
    static func owing(_ titles: [String], _ messages: Messages = .english) -> [String] {
        titles.count <= 3 ? [messages["room.projector.owes", ["titles": titles.joined(separator: ", ")]]]
            : [messages.count("room.projector.owes_count", titles.count)]
    }
}
