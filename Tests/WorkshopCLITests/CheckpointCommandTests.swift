import Foundation
import Testing
import WorkshopKit
import WorkshopTestSupport

/// The replay checkpoint through the doors a user uses: the binary writes one for a long session,
/// every command gives the same output with it, without it (`--no-cache`) and with it damaged.
struct CheckpointCommandTests {
    /// The bundled demo grown past the size at which a checkpoint is kept, with notes and undos.
    func longSession() throws -> (ExampleCopy, URL) {
        let copy = try ExampleCopy()
        let session = try Session.open("demo-2015", root: ProjectRoot(path: copy.path), writable: true)
        let state = session.state
        var changes: [Change] = []
        for index in 0..<3000 {
            let activity = state.activeActivities[index % state.activeActivities.count].id
            let persona = state.plan.personas[index / 7 % state.plan.personas.count]
            let group = state.activeGroups[index / 3 % state.activeGroups.count]
            let cell = Cell(activity: activity, persona: persona, group: group)
            changes.append(.answer(cell, .level(index % 5), note: index % 11 == 0 ? "note \(index)" : nil))
        }
        try session.record(all: changes, by: "anna")
        try session.record(.undo, by: "anna")
        return (copy, copy.journal("demo-2015").appendingPathExtension("checkpoint"))
    }

    func outputs(_ copy: ExampleCopy, _ extra: [String] = []) throws -> [String] {
        try [["summary", "demo-2015", "--format", "json"], ["status", "demo-2015"], ["log", "demo-2015"],
             ["export", "demo-2015", "--format", "csv"]].map { arguments in
            let result = try copy.workshop(arguments + extra)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result.stdout
        }
    }

    @Test func everyCommandSaysTheSameWithTheCheckpointWithoutItAndWithItDamaged() throws {
        let (copy, checkpoint) = try longSession()
        let full = try outputs(copy, ["--no-cache"])
        #expect(!FileManager.default.fileExists(atPath: checkpoint.path), "--no-cache writes no checkpoint")
        #expect(try outputs(copy) == full)
        #expect(FileManager.default.fileExists(atPath: checkpoint.path))
        #expect(try outputs(copy) == full, "read back from the checkpoint")

        let scored = try copy.workshop(["score", "demo-2015", "newsletter", "academic", "5", "-g", "table-2", "--persona-change"])
        #expect(scored.status == 0, "\(scored.stderr)")
        let afterScore = try outputs(copy, ["--no-cache"])
        #expect(afterScore != full)
        #expect(try outputs(copy) == afterScore, "the checkpoint and the line added since")

        var bytes = try Data(contentsOf: checkpoint)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: checkpoint)
        #expect(try outputs(copy) == afterScore, "a damaged checkpoint is ignored")
        try Data().write(to: checkpoint)
        #expect(try outputs(copy) == afterScore, "an empty one too")
    }

    /// The checkpoint is written on a thread of its own; the command line's end waits for it, so
    /// a process (or a test) never sees a command done with its checkpoint still being written.
    @Test func aCommandReturnsOnlyOnceItsCheckpointIsWritten() throws {
        let (copy, checkpoint) = try longSession()
        // `close` opened for writing: it does next to nothing once the journal is replayed.
        let result = try copy.workshop(["close", "demo-2015"])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: checkpoint.path))
    }

    @Test func aCommandNeverTellsTheUserAboutTheCheckpoint() throws {
        let (copy, checkpoint) = try longSession()
        try Data("not a checkpoint".utf8).write(to: checkpoint)
        let result = try copy.workshop(["status", "demo-2015"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "a cache in doubt is rebuilt in silence: \(result.stderr)")
    }
}
