import Foundation
import Testing
import WorkshopTestSupport

/// Series kept whole when meetings are started out of order, on the same day, without a date, on a
/// full disk or next to a damaged journal; found by an independent review.
struct SeriesSafetyTests {
    /// The example with its learning set removed and three more meeting plans on the given days.
    func copy(days: [String: String?]) throws -> ExampleCopy {
        let copy = try ExampleCopy()
        try copy.removeBundledLearningSet()
        let plan = try String(contentsOf: copy.url.appendingPathComponent("sessions/action-learning-set.yaml"), encoding: .utf8)
        for (name, day) in days {
            let text = day.map { plan.replacingOccurrences(of: "date: 2016-02-10", with: "date: \($0)") }
                ?? plan.replacingOccurrences(of: "date: 2016-02-10\n", with: "")
            try text.write(to: copy.url.appendingPathComponent("sessions/\(name).yaml"), atomically: true, encoding: .utf8)
        }
        return copy
    }

    func numbers(_ copy: ExampleCopy) throws -> [String] {
        try copy.workshop(["actions", "--series", "action-learning-set", "--all"], environment: ["COLUMNS": "300"]).stdout
            .split(separator: "\n").map { String($0.prefix { $0 != " " }) }
    }

    @Test func meetingsStartedOutOfOrderNeverRepeatANumber() throws {
        let copy = try copy(days: ["m2plan": "2016-03-23", "m3plan": "2016-05-04"])
        _ = try copy.workshop([], input: "start action-learning-set --as m1\naction one\naction two\n")
        _ = try copy.workshop([], input: "start m3plan --as m3\naction three\n")
        let late = try copy.workshop([], input: "start m2plan --as m2\naction four\n")
        #expect(late.stderr.contains("action: meeting 3 of 'action-learning-set' ('m3') has started since 'm2'"))
        let listed = try numbers(copy)
        #expect(listed == ["#1", "#2", "#3"])
        #expect(Set(listed).count == listed.count)
    }

    @Test func aLateActionInAnEarlierMeetingIsRefused() throws {
        let copy = try copy(days: ["m2plan": "2016-03-23"])
        _ = try copy.workshop([], input: "start action-learning-set --as m1\naction one\n")
        _ = try copy.workshop(["start", "m2plan", "--as", "m2"])
        let before = copy.folder.snapshot()
        let late = try copy.workshop(["action", "m1", "late", "addition"])
        #expect(late.status == 1)
        #expect(late.stderr == "error: action: meeting 2 of 'action-learning-set' ('m2') has started since 'm1'; "
            + "record it there, where the open actions now are\n")
        #expect(try copy.workshop(["review", "m1", "1", "done"]).status == 1)
        #expect(copy.folder.snapshot() == before)
    }

    @Test func parallelRoomsOnTheSameDayEachCarryOnce() throws {
        let copy = try copy(days: ["m2plan": "2016-03-23"])
        _ = try copy.workshop([], input: "start action-learning-set --as m1\naction one\n")
        _ = try copy.workshop(["start", "m2plan", "--as", "room-a"])
        let b = try copy.workshop(["start", "m2plan", "--as", "room-b"])
        #expect(b.stdout.contains("1 action to review from meeting 1 (2016-02-10)"))
        let actions = try copy.workshop(["actions", "room-b"], environment: ["COLUMNS": "300"]).stdout
        #expect(actions.contains("carried once") && !actions.contains("⚑"))
    }

    @Test func anUndatedMeetingIsOrderedByTheDayItStarted() throws {
        let copy = try copy(days: ["undated": nil])
        _ = try copy.workshop([], input: "start action-learning-set --as m1\naction one\n")
        let start = try copy.workshop(["start", "undated", "--as", "today"])
        #expect(start.stdout.contains("1 action to review from meeting 1 (2016-02-10)"))
        let series = try copy.workshop(["series", "action-learning-set"]).stdout
        #expect(series.contains("  1. 2016-02-10  m1") && series.contains("  2. 20") && series.contains("  today"))
    }

    @Test func aDamagedPreviousMeetingStopsTheStartInsteadOfDroppingItsActions() throws {
        let copy = try copy(days: ["m2plan": "2016-03-23"])
        _ = try copy.workshop([], input: "start action-learning-set --as m1\naction one\naction two\n")
        let journal = copy.journal("m1")
        var lines = try String(contentsOf: journal, encoding: .utf8).components(separatedBy: "\n")
        lines[1] = "{not json"
        try lines.joined(separator: "\n").write(to: journal, atomically: true, encoding: .utf8)
        let refused = try copy.workshop(["start", "m2plan", "--as", "m2"])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: cannot carry the open actions in from meeting 1 ('m1'): "))
        #expect(refused.stderr.hasSuffix("; fix that journal, or start with --no-carry\n"))
        #expect(!FileManager.default.fileExists(atPath: copy.journal("m2").path))
        #expect(try copy.workshop(["start", "m2plan", "--as", "m2", "--no-carry"]).status == 0)
    }

    @Test func theStartAndItsCarriedActionsAreOneWrite() throws {
        let copy = try copy(days: ["m2plan": "2016-03-23"])
        _ = try copy.workshop([], input: "start action-learning-set --as m1\naction one\naction two\naction three\n")
        // A file-size limit that lets a start record through but not the carries after it.
        let startLine = try String(contentsOf: copy.journal("m1"), encoding: .utf8).prefix { $0 != "\n" }
        let limit = startLine.utf8.count + 150
        let python = """
            import os, resource, signal, sys
            resource.setrlimit(resource.RLIMIT_FSIZE, (\(limit), \(limit)))
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            os.execv(sys.argv[1], sys.argv[1:])
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", python, WorkshopProcess.binary.path, "start", "m2plan", "--as", "m2", "--root", copy.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(!FileManager.default.fileExists(atPath: copy.journal("m2").path))
        let start = try copy.workshop(["start", "m2plan", "--as", "m2"])
        #expect(start.stdout.contains("3 actions to review from meeting 1"))
        let journal = try String(contentsOf: copy.journal("m2"), encoding: .utf8)
        #expect(journal.components(separatedBy: "\"type\":\"carry\"").count == 4)
    }
}
