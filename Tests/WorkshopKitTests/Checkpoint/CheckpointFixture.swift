import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// A session with a record of every kind, and the ways of replaying it the checkpoint tests compare.
struct CheckpointFixture {
    let fixture: SessionFixture
    var path: String { Session.journalPath(root: fixture.root, id: "stirling-2015") }
    var checkpointPath: String { Checkpoint.path(journal: path) }

    static let activities = ["bring-a-friend", "consultations", "drop-in", "embedded-teaching", "vle-presence"]
    static let personas = ["academic", "undergraduate", "phd-candidate", "international-student"]

    init() throws {
        fixture = try SessionFixture()
    }

    /// Records one of every kind of change, numbered by `round` so rounds differ; `answers` more
    /// answers (with notes) in one write make the journal as long as a test needs.
    func recordEveryKind(_ session: Session, round: Int, answers: Int = 0, redacting: Bool = true) throws {
        let cell = fixture.cell("drop-in", "academic")
        try session.record(.answer(cell, .level(round % 5), note: "round \(round)"), by: "anna")
        try session.record(.answer(fixture.cell("consultations", "undergraduate"), .unsure, note: nil), by: "bea")
        try session.record(.withdraw(fixture.cell("consultations", "undergraduate")), by: "bea")
        let note = session.state.recordCount
        try session.record(.note(NoteTarget(activity: "drop-in"), text: "noted in round \(round)"), by: "anna")
        try session.record(.addActivity(Activity(id: "clinic-\(round)", title: "Clinic \(round)")), by: "anna")
        try session.record(.addGroup("table-\(10 + round)"), by: "anna")
        try session.record(.weight(persona: "academic", Double(round) + 0.5), by: "anna")
        try session.record(.action(ActionDraft(text: "follow up \(round)", owners: ["Ewan", "Priya \"P\" \\ Šarić"])), by: "anna")
        if let action = session.state.actions.last {
            try session.record(.review(action, .inProgress, note: "on its way"), by: "anna")
        }
        try recordIdeas(session, round: round)
        try session.record(.answer(fixture.cell("vle-presence", "academic"), .level(1), note: nil), by: "anna")
        try session.record(.undo, by: "anna")
        try session.record(.undo, by: "anna")
        try session.record(.redo, by: "anna")
        // A rate walk, taken back whole and put back (format 4: walk marks and a batch of undos).
        let walk = UInt64(1000 + round)
        try session.record(.answer(fixture.cell("induction", "phd-candidate"), .level(2), note: nil), by: "bea", walk: walk)
        try session.record(.answer(fixture.cell("drop-in", "phd-candidate"), .level(3), note: nil), by: "bea", walk: walk)
        try session.undoWalk(by: "bea")
        try session.redoWalk(by: "bea")
        if redacting {
            try session.redact(note, reason: "round \(round)", by: "bea")
            let idea = try #require(session.state.ideaWall.ideas.first { !$0.isRedacted && $0.edits > 0 })
            let index = try #require(session.state.entries.lastIndex { $0.id == idea.id })
            try session.redact(index, reason: "idea of round \(round)", by: "bea")
        }
        var changes: [Change] = []
        for index in 0..<answers {
            let cell = Cell(activity: Self.activities[index % 5], persona: Self.personas[index / 5 % 4],
                            group: "table-\(index % 5 + 1)")
            changes.append(.answer(cell, .level(index % 5), note: index % 7 == 0 ? "note \(index) of \(round)" : nil))
        }
        if !changes.isEmpty {
            // A row (a batch, format 4), taken back whole and put back.
            try session.record(all: changes, by: "carla")
            try session.record(.undo, by: "carla")
            try session.record(.redo, by: "carla")
        }
    }

    /// Ideas (format 5): written, edited, hidden and shown, themed and renamed, voted on with dots.
    func recordIdeas(_ session: Session, round: Int) throws {
        let first = session.state.recordCount
        try session.record(.idea(IdeaDraft(prompt: "try-first", group: "table-1", persona: "academic", text: "idea \(round)")),
                           by: "phone:table-1")
        try session.record(.idea(IdeaDraft(prompt: "try-first", group: "table-2", activity: "drop-in", text: "other \(round)")),
                           by: "anna")
        let ids = [session.state.entries[first].id, session.state.entries[first + 1].id]
        try session.record(.editIdea(ids[0], text: "idea \(round), reworded", asGroup: "table-1"), by: "phone:table-1")
        try session.record(.markIdea(ids[1], .hidden, asGroup: nil), by: "anna")
        try session.record(.markIdea(ids[1], .shown, asGroup: nil), by: "anna")
        try session.record(.theme("Timing \(round)", ideas: ids), by: "anna")
        try session.record(.renameTheme(from: "Timing \(round)", to: "When \(round)", merging: false), by: "anna")
        try session.record(.vote(Vote(prompt: "try-first", on: .themes, dots: 3)), by: "anna")
        let voter = "table-\(round % 5 + 1)"
        try session.record(.dots(group: voter, prompt: "try-first", item: .theme("When \(round)"), count: 1), by: "phone:\(voter)")
        try session.record(.vote(Vote(prompt: "try-first", on: .themes, dots: 3, isOpen: false)), by: "anna")
    }

    /// Replays the journal as a command opening it read-only would; `resumedAt` says from where.
    func replay(checkpoints: Bool = true) throws -> (state: SessionState, resumedAt: Int?) {
        let (fd, size) = try JournalFile.openForReading(path: path)
        defer { close(fd) }
        let outcome = try SessionReplay.replay(
            fd: fd, size: size, path: path, checkpoints: checkpoints ? fixture.root.checkpointWriter : nil)
        return (outcome.state, outcome.resumedAt)
    }

    /// Writes a checkpoint of the journal as it is now, however short.
    func saveCheckpoint() throws {
        let (fd, size) = try JournalFile.openForReading(path: path)
        defer { close(fd) }
        let state = try replay(checkpoints: false).state
        let lines = try fixture.journalBytes().filter { $0 == 10 }.count
        fixture.root.checkpointWriter.saveInBackground(state, journal: path, fd: fd, length: size, lines: lines)
        fixture.root.checkpointWriter.finishWriting(to: path)
    }

    /// Everything a checkpoint would hold of `state`, to compare two states whole.
    static func encoded(_ state: SessionState) throws -> [UInt8] {
        var writer = BinaryWriter()
        try state.write(to: &writer)
        return writer.bytes
    }

    var checkpointExists: Bool {
        fixture.root.checkpointWriter.finishWriting()
        return FileManager.default.fileExists(atPath: checkpointPath)
    }
}
