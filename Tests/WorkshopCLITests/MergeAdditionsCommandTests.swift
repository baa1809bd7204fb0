import Foundation
import Testing
import WorkshopTestSupport

/// What rooms add as they run (issue 23, item 2), and over-long text from another copy (item 11):
/// a late table and a late activity added in both rooms are one group and one activity with
/// `--same-groups`, and room B's table is renamed with `--room`; a note longer than any door takes is
/// refused by name, while one already in the journal merged into is never refused.
struct MergeAdditionsCommandTests {
    /// Both laptops start s1, add table `extra` and activity `late`, and score in `extra`.
    func twoRoomsWithAdditions() throws -> (ExampleCopy, ExampleCopy) {
        let a = try ExampleCopy(), b = try ExampleCopy()
        for (room, activity, value) in [(a, "late", "4"), (b, "drop-in", "3")] {
            for command in [
                ["start", "stirling-2015", "--as", "s1"], ["add-group", "s1", "extra"],
                ["add-activity", "s1", "late", "Late session"],
                ["score", "s1", activity, "academic", value, "--group", "extra"],
            ] {
                let result = try room.workshop(command)
                #expect(result.status == 0, "\(command): \(result.stderr)")
            }
        }
        return (a, b)
    }

    @Test func withSameGroupsBothRoomsAdditionsAreOneGroupAndOneActivity() throws {
        let (a, b) = try twoRoomsWithAdditions()
        let result = try a.workshop(["merge", "s1", b.journal("s1").path, "--same-groups"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try a.standing() == ["drop-in academic extra=3", "late academic extra=4"])
        let log = try a.workshop(["log", "s1"]).stdout
        #expect(log.components(separatedBy: "add group 'extra'").count == 2, "one addition stands for both")
        #expect(log.components(separatedBy: "add activity 'late'").count == 2)
        let again = try a.workshop(["merge", "s1", b.journal("s1").path])
        #expect(again.stdout.hasPrefix("nothing to add"), "\(again.stdout)\(again.stderr)")
    }

    @Test func withRoomTheOtherRoomsAddedGroupIsRenamed() throws {
        let (a, b) = try twoRoomsWithAdditions()
        let result = try a.workshop(["merge", "s1", b.journal("s1").path, "--room", "strand-b"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try a.standing() == ["drop-in academic strand-b_extra=3", "late academic extra=4"])
    }

    @Test func anOverLongNoteFromTheOtherCopyIsRefusedByName() throws {
        let a = try ExampleCopy(), b = try ExampleCopy()
        #expect(try a.workshop(["start", "stirling-2015", "--as", "s1"]).status == 0)
        try FileManager.default.copyItem(at: a.journal("s1"), to: b.journal("s1"))
        let long = String(repeating: "é", count: 1001)
        let id = "00000000000000b1"
        try append(#"{"type":"note","id":"\#(id)","at":"2026-01-01T10:00:00.000Z","by":"bea","text":"\#(long)"}"#, to: b)
        let before = try a.journalFile()
        let result = try a.workshop(["merge", "s1", b.journal("s1").path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: '\(b.journal("s1").path)' record \(id): its 'text' is 1001 characters, over the "
            + "limit of 1000; shorten or redact it in that copy and merge again; nothing was merged\n")
        #expect(try a.journalFile() == before)

        // The same line already in the journal merged into replays and merges as it is.
        try append(#"{"type":"note","id":"\#(id)","at":"2026-01-01T10:00:00.000Z","by":"bea","text":"\#(long)"}"#, to: a)
        #expect(try a.workshop(["merge", "s1", b.journal("s1").path]).stdout.hasPrefix("nothing to add"))
        #expect(try a.workshop(["log", "s1"]).status == 0)
    }

    /// Room A added table `extra` and took it back; room B added it too and scored in it. A's addition
    /// comes first but is out of force when B's comes: B's stands, and so do its answers.
    @Test func anAdditionUndoneOnOneSideDoesNotStandForTheOthersInForce() throws {
        let a = try ExampleCopy(), b = try ExampleCopy()
        #expect(try a.workshop(["start", "stirling-2015", "--as", "s1"]).status == 0)
        try FileManager.default.copyItem(at: a.journal("s1"), to: b.journal("s1"))
        for (room, commands) in [
            (a, [["add-group", "s1", "extra"], ["undo", "s1"]]),
            (b, [["add-group", "s1", "extra"], ["score", "s1", "drop-in", "academic", "3", "--group", "extra"]]),
        ] {
            for command in commands {
                let result = try room.workshop(command)
                #expect(result.status == 0, "\(command): \(result.stderr)")
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        let result = try a.workshop(["merge", "s1", b.journal("s1").path, "--same-groups"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try a.standing() == ["drop-in academic extra=3"])
        let summary = try a.workshop(["summary", "s1", "--format", "json"])
        #expect(summary.stdout.contains(#""extra""#), "\(summary.stdout)")
    }

    /// A carry repeats an action an earlier meeting wrote, which no door limits now: its text is not
    /// refused, as `start` writing it is not.
    @Test func aLongCarryFromTheOtherCopyIsMerged() throws {
        let a = try ExampleCopy(), b = try ExampleCopy()
        let long = String(repeating: "é", count: 1001)
        let carry = #"{"type":"carry","id":"00000000000000c1","at":"2026-11-24T12:03:29.227Z","by":"set-facilitator","#
            + #""origin":"00000000000000c0","from":"learning-set-1","agreed":"2016-02-10","number":"9","count":"1","#
            + #""text":"\#(long)","owner":"Ewan","due":"next-meeting"}"#
        // Among the carries `start` wrote (the meeting was closed later).
        let url = b.journal("learning-set-2")
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.insert(carry, at: try #require(lines.lastIndex { $0.contains(#""type":"carry""#) }) + 1)
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        let result = try a.workshop(["merge", "learning-set-2", b.journal("learning-set-2").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 record added"), "\(result.stdout)")
    }

    func append(_ line: String, to room: ExampleCopy) throws {
        let handle = try FileHandle(forWritingTo: room.journal("s1"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((line + "\n").utf8))
        try handle.close()
    }
}
