import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// The journal commands through the door scripts use: the built binary.
struct SessionCommandTests {
    @Test func aSmallWorkshopFromStartToStatus() throws {
        let copy = try ExampleCopy()
        var result = try copy.workshop(["start", "stirling-2015"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("started session 'stirling-2015' from plan 'stirling-2015': 14 activities, 5 personas, 5 groups, scale 1-5"))

        result = try copy.workshop(["score", "stirling-2015", "drop-in", "undergraduate", "4", "--group", "table-3"])
        #expect(result.stdout == "recorded drop-in · undergraduate · table-3 = 4\n")
        result = try copy.workshop(["score", "stir", "drop", "under", "5", "-g", "table-3", "--note", "quick answers"])
        #expect(result.stdout == "recorded drop-in · undergraduate · table-3 = 5 (was 4)\n")
        result = try copy.workshop(["score", "stir", "cafe", "phd", "?", "-g", "table-1"])
        #expect(result.stdout == "recorded research-cafes · phd-candidate · table-1 = unsure (?)\n")
        result = try copy.workshop(["undo", "stir"])
        #expect(result.stdout == "undid score research-cafes · phd-candidate · table-1 = unsure (?)\n")
        result = try copy.workshop(["redo", "stir"])
        #expect(result.stdout == "redid score research-cafes · phd-candidate · table-1 = unsure (?)\n")
        result = try copy.workshop(["note", "stir", "try it in week 3", "--activity", "drop-in"])
        #expect(result.stdout == "noted: on drop-in: \"try it in week 3\"\n")

        result = try copy.workshop(["log", "stir"])
        let log = result.stdout.split(separator: "\n").map { String($0.dropFirst(21)) }
        #expect(log == [
            "anna  start session 'stirling-2015' from plan 'stirling-2015'",
            "anna  score drop-in · undergraduate · table-3 = 4",
            "anna  score drop-in · undergraduate · table-3 = 5 — \"quick answers\"",
            "anna  score research-cafes · phd-candidate · table-1 = unsure (?)",
            "anna  undo: score research-cafes · phd-candidate · table-1 = unsure (?)",
            "anna  redo: score research-cafes · phd-candidate · table-1 = unsure (?)",
            "anna  note on drop-in: \"try it in week 3\"",
        ])
        result = try copy.workshop(["status", "stir"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("answers: 2 (1 unsure), 2 notes"))
        #expect(result.stdout.contains("matrix: 2 of 70 persona × activity cells have answers"))
        #expect(result.stdout.contains("  academic: all 14 activities"))
        #expect(result.stdout.contains("  table-3 as undergraduate: bring-a-friend, consultations,"))
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        Refusal(arguments: ["score", "stirling-2015", "drop-in", "phd", "4"],
                message: "which group? add --group (table-1, table-2, table-3, table-4, table-5)"),
        Refusal(arguments: ["score", "stirling-2015", "drop-in", "librarian", "4", "-g", "table-1"],
                message: "unknown persona 'librarian'; personas in this session: academic, undergraduate, international-student, phd-candidate, professional-services"),
        Refusal(arguments: ["score", "stirling-2015", "drop-in", "acadmic", "4", "-g", "table-1"],
                message: "unknown persona 'acadmic'; did you mean 'academic'?"),
        Refusal(arguments: ["score", "stirling-2015", "dropin", "phd", "4", "-g", "table-1"],
                message: "unknown activity 'dropin'; did you mean 'drop-in'?"),
        Refusal(arguments: ["score", "stirling-2015", "drop-in", "phd", "7", "-g", "table-1"],
                message: "answer '7' is not on the scale '1-5'; use 1, 2, 3, 4, 5 or ? for unsure"),
        Refusal(arguments: ["score", "stirling-2015", "drop-in", "phd", "4", "-g", "table-9"],
                message: "unknown group 'table-9'; did you mean 'table-1'? or add it with 'workshop add-group SESSION table-9'"),
        Refusal(arguments: ["score", "stirling-2015", "drop-in", "phd", "4", "-g", "table"],
                message: "group 'table' is ambiguous: table-1, table-2, table-3, table-4, table-5; type more of it"),
        Refusal(arguments: ["score", "stirling-2015", "drop-in", "phd", "4", "-g", "table-1", "-c", "value"],
                message: "criterion 'value': this plan rates one thing per activity, so it takes no criterion; leave out --criterion"),
        Refusal(arguments: ["score", "stirling-2015", "drop-in", "4"],
                message: "score: missing the persona and the group; for the group add --group (table-1, table-2, table-3, table-4, table-5); "
                    + "usage: workshop score SESSION ACTIVITY PERSONA ANSWER [--group GROUP]"),
        Refusal(arguments: ["score", "evening", "drop-in", "phd", "4"],
                message: "unknown session 'evening'; sessions: demo-2015, demo-2016, learning-set-1, learning-set-2, learning-set-3, stirling-2015"),
        Refusal(arguments: ["withdraw", "stirling-2015", "drop-in", "phd", "-g", "table-1"],
                message: "drop-in · phd-candidate · table-1 has no answer to withdraw"),
        Refusal(arguments: ["undo", "stirling-2015"], message: "nothing to undo for 'anna'"),
        Refusal(arguments: ["note", "stirling-2015", "   "],
                message: "the note is empty; write it after the session"),
        Refusal(arguments: ["weight", "stirling-2015", "academic", "nan"],
                message: "weight: got 'nan'; give one number of at least 0, e.g. 2 (0 leaves the persona out)"),
        Refusal(arguments: ["weight", "stirling-2015", "academic", "-1"],
                message: "weight: got '-1'; give one number of at least 0, e.g. 2 (0 leaves the persona out)"),
        Refusal(arguments: ["log", "stirling-2015", "--last", "-5"],
                message: "log --last -5: give a number of records of at least 1"),
        Refusal(arguments: ["export", "stirling-2015", "--format", "pdf"],
                message: "export: the value 'pdf' is invalid for '--format <format>'; use one of: csv, tsv, markdown, json, html, xlsx, ics"),
        Refusal(arguments: ["add-activity", "stirling-2015", "peer-mentors", " "],
                message: "add-activity: the title is empty; give the activity a title after its id"),

        Refusal(arguments: ["start", "stirling-2015", "--as", "Bad Name"],
                message: "invalid session id 'Bad Name'; use lower-case letters, digits, '-' or '_', starting with a letter or digit"),
        Refusal(arguments: ["start", "stirlng"], message: "unknown plan 'stirlng'; did you mean 'stirling-2015'?"),
    ])
    func badInputIsRefusedInOneLineAndChangesNothing(_ refusal: Refusal) throws {
        let copy = try ExampleCopy()
        #expect(try copy.workshop(["start", "stirling-2015"]).status == 0)
        let before = copy.folder.snapshot()
        let result = try copy.workshop(refusal.arguments)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: \(refusal.message)\n")
        #expect(copy.folder.snapshot() == before)
    }

    @Test func aPlanWithErrorsIsRefusedInOneLineWithTheCheckMessage() throws {
        let copy = try ExampleCopy()
        let plan = copy.url.appendingPathComponent("sessions/stirling-2015.yaml")
        let text = try String(contentsOf: plan, encoding: .utf8)
        try text.replacingOccurrences(of: "scale: 1-5", with: "scale: 5-1").write(to: plan, atomically: true, encoding: .utf8)
        let result = try copy.workshop(["start", "stirling-2015"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(copy.path)/sessions/stirling-2015.yaml:8:8: malformed scale: '5-1'"))
        #expect(result.stderr.hasSuffix("; 1 error keeps plan 'stirling-2015' from starting; fix it (see 'workshop check')\n"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: copy.journal("stirling-2015").path))
    }

    @Test func aFullDiskRefusesTheAnswerAndLeavesTheJournalAsItWas() throws {
        let copy = try ExampleCopy()
        #expect(try copy.workshop(["start", "stirling-2015"]).status == 0)
        #expect(try copy.workshop(["score", "stirling-2015", "drop-in", "phd", "4", "-g", "table-1"]).status == 0)
        let before = try Data(contentsOf: copy.journal("stirling-2015"))
        // A file-size limit a few bytes past the journal: the write starts, then fails part-way.
        let limit = before.count + 10
        let python = """
            import os, resource, signal, sys
            resource.setrlimit(resource.RLIMIT_FSIZE, (\(limit), \(limit)))
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            os.execv(sys.argv[1], sys.argv[1:])
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", python, WorkshopProcess.binary.path, "score", "stirling-2015", "drop-in",
                             "academic", "5", "-g", "table-2", "--root", copy.path]
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(message.hasPrefix("error: disk full writing '\(copy.path)/sessions/stirling-2015.jsonl': nothing was recorded"))
        #expect(try Data(contentsOf: copy.journal("stirling-2015")) == before)
        let status = try copy.workshop(["status", "stirling-2015"])
        #expect(status.stdout.contains("answers: 1 (0 unsure)"))
    }

    @Test func aFolderYouCannotWriteRefusesTheAnswerButStillReads() throws {
        let copy = try ExampleCopy()
        #expect(try copy.workshop(["start", "stirling-2015"]).status == 0)
        let sessions = copy.url.appendingPathComponent("sessions")
        let journal = copy.journal("stirling-2015")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: sessions.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: journal.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sessions.path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
        let before = copy.folder.snapshot()
        // Root ignores permissions, so as root the command runs as 'nobody'.
        let asNobody = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        func run(_ arguments: [String]) throws -> (Int32, String, String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: asNobody.first ?? WorkshopProcess.binary.path)
            process.arguments = Array(asNobody.dropFirst()) + (asNobody.isEmpty ? [] : [WorkshopProcess.binary.path])
                + arguments + ["--root", copy.path]
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            process.waitUntilExit()
            return (process.terminationStatus,
                    String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
                    String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        }
        let (status, _, message) = try run(["score", "stirling-2015", "drop-in", "phd", "4", "-g", "table-1"])
        #expect(status == 1)
        #expect(message.hasPrefix("error: permission denied writing '\(copy.path)/sessions/.stirling-2015.lock': nothing was recorded"))
        #expect(copy.folder.snapshot() == before)
        let (readStatus, output, _) = try run(["status", "stirling-2015"])
        #expect(readStatus == 0)
        #expect(output.contains("answers: 0"))
    }

    @Test func aSecondWriterIsToldWhichProcessHasTheSession() throws {
        let copy = try ExampleCopy()
        let root = ProjectRoot(path: copy.path)
        let project = try Project.load(root: root)
        let plan = try project.plan("stirling-2015")
        let holder = try Session.start(plan: plan, personas: project.personas(of: plan), root: root, by: "anna")
        let result = try copy.workshop(["score", "stirling-2015", "drop-in", "phd", "4", "-g", "table-1"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: session 'stirling-2015' is in use by process \(getpid()); close it there first, or only read it (status, log)\n")
        #expect(try copy.workshop(["log", "stirling-2015"]).status == 0)
        try holder.record(.close, by: "anna")
    }
}
