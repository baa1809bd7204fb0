import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// A closed session takes undos and redos, so it takes a batch of them (`undo --walk`, `undo
/// --count`); a batch of anything else (a row) stays refused, however its lines are arranged.
struct UndoClosedSessionTests {
    let copy: ExampleCopy

    init() throws {
        copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015", "--as", "s1"])
    }

    func answers() throws -> Int {
        try Session.open("s1", root: ProjectRoot(path: copy.path), writable: false).state.currentAnswers.count
    }

    func journalLines() throws -> [String] {
        try String(contentsOf: copy.journal("s1"), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// Anna's `rate` walk of three answers, then Bea closes the session: Anna can still take the
    /// walk back, and put it back, and the session stays closed.
    @Test func aWalkIsTakenBackAndPutBackInAClosedSession() throws {
        do {
            let session = try Session.open("s1", root: ProjectRoot(path: copy.path), writable: true)
            let walk = RecordID.random()
            for activity in ["drop-in", "induction", "consultations"] {
                let cell = Cell(activity: activity, persona: "undergraduate", group: "table-3")
                try session.record(.answer(cell, .level(2), note: nil), by: "anna", walk: walk)
            }
        }
        #expect(try copy.workshop(["close", "s1"], environment: ["WORKSHOP_FACILITATOR": "bea"]).status == 0)
        let undone = try copy.workshop(["undo", "s1", "--walk"])
        #expect(undone.status == 0, "\(undone.stderr)")
        #expect(undone.stdout == "undid a rate walk: 3 answers ('redo --walk' puts them back)\n", "\(undone.stdout)")
        #expect(try answers() == 0)
        let redone = try copy.workshop(["redo", "s1", "--walk"])
        #expect(redone.stdout == "redid a rate walk: 3 answers\n", "\(redone.stdout) \(redone.stderr)")
        #expect(try answers() == 3)
        let counted = try copy.workshop(["undo", "s1", "--count", "2"])
        #expect(counted.status == 0, "\(counted.stderr)")
        #expect(try answers() == 1)
        let refused = try copy.workshop(["score", "s1", "drop-in", "academic", "2", "-g", "table-1"])
        #expect(refused.status == 1, "\(refused.stdout)")
    }

    /// `row` in a closed session is refused and writes nothing; a row's batch placed after the close
    /// by hand is a damaged line, and so is one whose first line undoes the close.
    @Test func aRowIsStillRefusedInAClosedSession() throws {
        #expect(try copy.workshop(["score", "s1", "drop-in", "academic", "2", "-g", "table-1"]).status == 0)
        #expect(try copy.workshop(["row", "s1", "undergraduate", "table-3"] + Array(repeating: "3", count: 14)).status == 0)
        #expect(try copy.workshop(["close", "s1"]).status == 0)
        let before = try Data(contentsOf: copy.journal("s1"))
        let row = try copy.workshop(["row", "s1", "academic", "table-2"] + Array(repeating: "3", count: 14))
        #expect(row.status == 1)
        #expect(try Data(contentsOf: copy.journal("s1")) == before)

        // start, score, batch head, 14 answers, close: the close moved before the row.
        var lines = try journalLines()
        #expect(lines.count == 18)
        let close = lines.removeLast(), score = lines.remove(at: 1)
        lines.insert(close, at: 1)
        try (lines.joined(separator: "\n") + "\n").write(to: copy.journal("s1"), atomically: true, encoding: .utf8)
        var status = try copy.workshop(["status", "s1"])
        #expect(status.status == 1)
        #expect(status.stderr.contains("s1.jsonl:4: damaged record: a change after the session was closed"), "\(status.stderr)")

        // start, close, then a batch of two: an undo of the close, and an answer.
        let fields = try #require(JSONSerialization.jsonObject(with: Data(close.utf8)) as? [String: String])
        let closeID = try #require(fields["id"]), at = try #require(fields["at"])
        let head = "00000000000000f0"
        let mixed = [
            lines[0], close,
            #"{"type":"batch","id":"\#(head)","at":"\#(at)","by":"anna","lines":"2","format":"4"}"#,
            #"{"type":"undo","id":"00000000000000f1","at":"\#(at)","by":"anna","target":"\#(closeID)","batch":"\#(head)"}"#,
            String(score.dropLast()) + #","batch":"\#(head)"}"#,
        ]
        try (mixed.joined(separator: "\n") + "\n").write(to: copy.journal("s1"), atomically: true, encoding: .utf8)
        status = try copy.workshop(["status", "s1"])
        #expect(status.status == 1, "\(status.stdout)")
        #expect(status.stderr.contains("s1.jsonl:5: damaged record: a change after the session was closed"), "\(status.stderr)")
    }
}
