import WorkshopHTML
import WorkshopKit

/// The projector: the persona × activity matrix and which tables still owe what, large enough to
/// read from the back of the room, then the wall of ideas once there are some (`ProjectorWall`).
/// Rendered here in full (it refreshes itself with JavaScript off, unless `still`);
/// `projector.js` redraws it from the event stream as answers and ideas arrive.
struct ProjectorPage {
    var view: RoomView
    var token: String
    var still = false

    func html() -> String {
        let body = element("div", ["class": "projector", "id": "projector", "data-events": "/f/\(token)/events"]) {
            element("header") {
                element("h1") { view.title }
                element("p", ["id": "summary"]) { summary }
                element("form", ["method": "post", "action": "/f/\(token)/results", "class": "reveal"]) {
                    element("input", ["type": "hidden", "name": "show", "value": view.hidden ? "1" : "0"])
                    element("button") { view.hidden ? "Show results now" : "Hide results until all have answered" }
                }
            }
            element("table", ["id": "matrix"]) { matrix }
            element("h2") { "Still to answer" }
            element("ul", ["id": "coverage", "class": "coverage"]) { coverage }
            element("p", ["class": "cards"]) { element("a", ["href": "/f/\(token)/cards"]) { "Join cards to print" } }
            ProjectorWall(view: view, token: token, still: still).node
        }
        return Page.wrap(title: view.title, body: body, script: "projector.js", refresh: still ? nil : 5)
    }

    var summary: String {
        let done = view.coverage.filter { $0.owes.isEmpty }.count
        let tables = "\(done) of \(view.coverage.count) tables done · \(view.answers) answers"
        return view.hidden ? tables + " · results hidden until every table has answered" : tables
    }

    var matrix: Node {
        fragment {
            element("thead") {
                element("tr") {
                    element("th")
                    for persona in view.personas { element("th", ["scope": "col"]) { persona.name } }
                }
            }
            element("tbody") {
                for (activity, cells) in zip(view.activities, view.cells) {
                    element("tr") {
                        element("th", ["scope": "row"]) { activity.name }
                        cells.map(cell)
                    }
                }
            }
        }
    }

    private func cell(_ figure: RoomView.Figure) -> Node {
        element("td", ["data-shade": figure.shade.map { String(Int(($0 * 4).rounded())) }]) {
            figure.text ?? (figure.n > 0 ? "·" : "")
            element("small") { "n=\(figure.n)" }
        }
    }

    var coverage: Node {
        fragment {
            for owed in view.coverage {
                element("li", ["class": owed.owes.isEmpty ? "done" : "owing"]) {
                    owed.group
                    if let persona = owed.persona { " "; element("small") { "(\(persona))" } }
                    ": " + (owed.owes.isEmpty ? "done" : "\(owed.answered)/\(owed.total) · " + Self.owing(owed.owes).joined(separator: ", "))
                }
            }
        }
    }

    /// The activities a table still owes, by name when there are at most three (the last few are
    /// worth calling out), else how many: a projector read from the back has no room for more.
    static func owing(_ titles: [String]) -> [String] {
        titles.count <= 3 ? ["owes " + titles.joined(separator: ", ")] : ["owes \(titles.count)"]
    }
}
