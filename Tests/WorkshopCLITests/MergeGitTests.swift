import Foundation
import Testing
import WorkshopTestSupport

/// Sessions travelling in git: two real clones set up with `git-setup`, answers recorded in both,
/// `git pull` both ways; the journals merge through `merge-driver` with no conflict and the same
/// session on both sides. Groups answered on both sides make the driver refuse: git reports a
/// conflict and our copy stays whole.
struct MergeGitTests {
    static let environment = [
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1", "HOME": NSTemporaryDirectory(),
    ]

    @discardableResult
    func git(_ arguments: [String], in folder: URL, expect status: Int32? = 0) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "pull.rebase=false", "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(Self.environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if let status { #expect(process.terminationStatus == status, "git \(arguments.joined(separator: " ")): \(text)") }
        return text
    }

    func workshop(_ arguments: [String], in folder: URL, by person: String = "anna") throws -> WorkshopProcess.Result {
        try WorkshopProcess.run(arguments + ["--root", folder.path], environment: ["WORKSHOP_FACILITATOR": person])
    }

    /// A bare origin holding the example with session s1 and git set up, and two clones of it.
    func twoClones(_ top: TemporaryFolder) throws -> (URL, URL) {
        let seed = try ExampleCopy()
        try git(["init", "-q"], in: seed.url)
        #expect(try workshop(["start", "stirling-2015", "--as", "s1"], in: seed.url).status == 0)
        let setup = try workshop(["git-setup"], in: seed.url)
        #expect(setup.status == 0, "\(setup.stderr)")
        #expect(try String(contentsOf: seed.url.appendingPathComponent(".gitattributes"), encoding: .utf8)
            == "sessions/*.jsonl merge=workshop\n")
        #expect(try workshop(["git-setup"], in: seed.url).stdout.hasPrefix("git is set up already"))
        try git(["add", "-A"], in: seed.url)
        try git(["commit", "-qm", "s1"], in: seed.url)
        let origin = top.url.appendingPathComponent("origin.git")
        try git(["clone", "-q", "--bare", seed.path, origin.path], in: top.url)
        var clones: [URL] = []
        for name in ["a", "b"] {
            let clone = top.url.appendingPathComponent(name)
            try git(["clone", "-q", origin.path, clone.path], in: top.url)
            #expect(try workshop(["git-setup"], in: clone).status == 0)
            #expect(try git(["status", "--porcelain"], in: clone).isEmpty, "git-setup in a clone changes no file")
            clones.append(clone)
        }
        return (clones[0], clones[1])
    }

    func record(_ clone: URL, _ activity: String, _ group: String, by person: String) throws {
        let result = try workshop(["score", "s1", activity, "academic", "3", "--group", group], in: clone, by: person)
        #expect(result.status == 0, "\(result.stderr)")
        try git(["commit", "-qam", "\(person) \(activity)"], in: clone)
    }

    @Test func twoClonesPullBothWaysAndAgree() throws {
        let top = TemporaryFolder()
        let (a, b) = try twoClones(top)
        try record(a, "drop-in", "table-1", by: "anna")
        try record(a, "induction", "table-1", by: "anna")
        try record(b, "consultations", "table-2", by: "bea")
        try git(["push", "-q"], in: a)
        let pulled = try git(["pull", "--no-edit"], in: b)
        #expect(!pulled.contains("CONFLICT"))
        try git(["push", "-q"], in: b)
        try git(["pull", "--no-edit"], in: a)

        let journals = try [a, b].map { try String(contentsOf: $0.appendingPathComponent("sessions/s1.jsonl"), encoding: .utf8) }
        #expect(journals[0] == journals[1])
        #expect(!journals[0].contains("<<<<<<<") && journals[0].split(separator: "\n").count == 4, "start and three answers, once each")
        let summaries = try [a, b].map { try workshop(["summary", "s1", "--format", "json"], in: $0).stdout }
        #expect(summaries[0] == summaries[1] && !summaries[0].isEmpty)
        #expect(try workshop(["status", "s1"], in: a).stdout.contains("answers: 3"))
        #expect(try git(["status", "--porcelain"], in: a).isEmpty, "no side file shows up in git")
    }

    @Test func sameGroupsOnBothSidesAreAConflictAndOurCopyStaysWhole() throws {
        let top = TemporaryFolder()
        let (a, b) = try twoClones(top)
        try record(a, "drop-in", "table-1", by: "anna")
        try record(b, "induction", "table-1", by: "bea")
        try git(["push", "-q"], in: a)
        let ours = try Data(contentsOf: b.appendingPathComponent("sessions/s1.jsonl"))
        let pulled = try git(["pull", "--no-edit"], in: b, expect: 1)
        #expect(pulled.contains("both journals hold answers from group 'table-1'"))
        #expect(pulled.contains("CONFLICT"))
        #expect(try Data(contentsOf: b.appendingPathComponent("sessions/s1.jsonl")) == ours)
    }

    /// Issue 23, item 8, through `git pull`: clone A's answers share one millisecond (2 then 5 in
    /// each cell); clone B adds one answer; after B pulls, every 5 still stands and A's lines keep
    /// their order.
    @Test func aPullKeepsTheOrderOfAnswersInOneMillisecond() throws {
        let top = TemporaryFolder()
        let (a, b) = try twoClones(top)
        let journal = a.appendingPathComponent("sessions/s1.jsonl")
        var lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").map(String.init)
        // Two answers a cell, 2 then 5, with ids falling in both orders, all in one millisecond.
        for (index, activity) in ["drop-in", "induction", "consultations", "newsletter"].enumerated() {
            for (value, id) in [("2", "f\(index)"), ("5", "0\(index)")] {
                lines.append(#"{"type":"answer","id":"\#(id)00000000000001","at":"2030-01-01T10:00:00.000Z","by":"anna","#
                    + #""activity":"\#(activity)","persona":"academic","group":"table-1","answer":"\#(value)"}"#)
            }
        }
        let scripted = lines.joined(separator: "\n") + "\n"
        try scripted.write(to: journal, atomically: true, encoding: .utf8)
        try git(["commit", "-qam", "anna's batch"], in: a)
        try git(["push", "-q"], in: a)
        try record(b, "drop-in", "table-2", by: "bea")
        let pulled = try git(["pull", "--no-edit"], in: b)
        #expect(!pulled.contains("CONFLICT"), "\(pulled)")
        let merged = try String(contentsOf: b.appendingPathComponent("sessions/s1.jsonl"), encoding: .utf8)
        #expect(merged.split(separator: "\n").filter { !$0.contains(#""by":"bea""#) }.joined(separator: "\n") + "\n" == scripted)
        let export = try workshop(["export", "s1", "--format", "csv", "--shape", "tidy"], in: b).stdout
        let tables = export.split(whereSeparator: \.isNewline).filter { $0.contains(",table-1,") }
        #expect(tables.count == 4 && tables.allSatisfy { $0.contains(",5,5,5,") }, "\(tables)")
    }
}
