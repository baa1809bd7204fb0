import WorkshopHTML

/// Which tables still owe what: a compact list under a small room's matrix (`compact`), and the
/// coverage slide (`board`). A board of more than `listed` tables (a plenary of individuals makes
/// one per phone) is summarised: how many are done and not started, then the tables that owe the
/// most, up to `listed`, and how many more.
struct SlideCoverage {
    var view: RoomView

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
            owing.isEmpty ? "Every table is done." : "Still answering: " + named
                + (owing.count > 6 ? " and \(owing.count - 6) more (Coverage)" : "")
        }
    }

    var board: Node {
        let owing = view.coverage.filter { !$0.owes.isEmpty }
        return fragment {
            element("h2", ["id": "slide-title"]) { "Coverage" }
            element("p", ["class": "big"]) { Self.line(done: done, of: view.coverage.count, notStarted: owing.filter { $0.answered == 0 }.count) }
            if view.coverage.count <= Self.listed {
                element("ul", ["id": "coverage-board", "class": "board"]) { for owed in view.coverage { item(owed) } }
            } else if !owing.isEmpty {
                let most = owing.sorted { ($0.owes.count, $1.group) > ($1.owes.count, $0.group) }.prefix(Self.listed)
                element("h3") { "Owing the most" }
                element("ul", ["id": "coverage-board", "class": "board"]) { for owed in most { item(owed) } }
                if owing.count > most.count { element("p") { "and \(owing.count - most.count) more still answering" } }
            }
        }
    }

    /// "212 of 300 done · 40 not started".
    static func line(done: Int, of total: Int, notStarted: Int) -> String {
        "\(done) of \(total) done" + (notStarted > 0 ? " · \(notStarted) not started" : "")
    }

    private func item(_ owed: RoomView.Owed) -> Node {
        element("li", ["class": owed.owes.isEmpty ? "done" : "owing"]) {
            owed.group
            if let persona = owed.persona { " "; element("small") { "(\(persona))" } }
            ": " + (owed.owes.isEmpty ? "done" : "\(owed.answered)/\(owed.total) · " + ProjectorPage.owing(owed.owes).joined(separator: ", "))
        }
    }
}
