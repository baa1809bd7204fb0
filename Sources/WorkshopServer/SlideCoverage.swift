import WorkshopHTML
import WorkshopKit

/// Which tables still owe what: a compact list under a small room's matrix (`compact`), and the
/// coverage slide (`board`). A board of more than `listed` tables (a plenary of individuals makes
/// one per phone) is summarised: how many are done and not started, then the tables that owe the
/// most, up to `listed`, and how many more.
struct SlideCoverage {
    var view: RoomView
    var language: PageLanguage = .english

    private var m: Messages { language.messages }

    static let listed = 24

    var done: Int { view.coverage.filter { $0.owes.isEmpty }.count }

    /// The list the projector has always shown under the matrix.
    var compact: Node {
        element("ul", ["id": "coverage", "class": "coverage"]) {
            for owed in view.coverage { item(owed) }
        }
    }

    /// "Still answering: table-11 (0/50), table-12 (0/50)", the first few, for under a large room's matrix.
    var owingLine: Node {
        let owing = view.coverage.filter { !$0.owes.isEmpty }
        let named = owing.prefix(6).map { "\($0.group) (\($0.answered)/\($0.total))" }.joined(separator: ", ")
        return element("p", ["class": "owing-line"]) {
            owing.isEmpty ? m["room.coverage.all_done"]
                : m["room.coverage.still", ["tables": owing.count > 6 ? m.count("room.coverage.more", owing.count - 6, ["tables": named]) : named]]
        }
    }

    var board: Node {
        let owing = view.coverage.filter { !$0.owes.isEmpty }
        return fragment {
            element("h2", ["id": "slide-title"]) { m["room.slides.coverage"] }
            element("p", ["class": "big"]) {
                Self.line(done: done, of: view.coverage.count, notStarted: owing.filter { $0.answered == 0 }.count, m)
            }
            if view.coverage.count <= Self.listed {
                element("ul", ["id": "coverage-board", "class": "board"]) { for owed in view.coverage { item(owed) } }
            } else if !owing.isEmpty {
                let most = owing.sorted { ($0.owes.count, $1.group) > ($1.owes.count, $0.group) }.prefix(Self.listed)
                element("h3") { m["room.coverage.owing_most"] }
                element("ul", ["id": "coverage-board", "class": "board"]) { for owed in most { item(owed) } }
                if owing.count > most.count { element("p") { m.count("room.coverage.more_answering", owing.count - most.count) } }
            }
        }
    }

    /// "212 of 300 done · 40 not started".
    static func line(done: Int, of total: Int, notStarted: Int, _ messages: Messages = .english) -> String {
        let line = messages["room.coverage.line", ["done": String(done), "total": String(total)]]
        return notStarted > 0 ? messages.count("room.coverage.not_started", notStarted, ["line": line]) : line
    }

    private func item(_ owed: RoomView.Owed) -> Node {
        element("li", ["class": owed.owes.isEmpty ? "done" : "owing"]) {
            owed.group
            if let persona = owed.persona { " "; element("small", ["lang": language.planText]) { "(\(persona))" } }
            ": " + (owed.owes.isEmpty ? m["room.coverage.done"]
                : "\(owed.answered)/\(owed.total) · " + ProjectorPage.owing(owed.owes, m).joined(separator: ", "))
        }
    }
}
