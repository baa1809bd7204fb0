import Foundation
import Testing
import WorkshopTestSupport

/// `start` refuses in one line with one `error:` label, whether the plan, a persona it names or the
/// previous meeting's journal is at fault; the same YAML mistake nine times is reported once, with a
/// count, by `check` and by `start`.
struct PlanRefusalTests {
    /// A plan whose nine activities all give `tags` as a mapping: lines 8, 11, ... 32, column 11.
    static let nineTimes = "title: The same mistake nine times\nscale: 1-5\npersonas: [academic]\ngroups: [table-1]\nactivities:\n"
        + (1...9).map { "  - id: a\($0)\n    title: A\($0)\n    tags: {a: 1}\n" }.joined()

    static let repeated = "'tags' must be a list of texts (and 8 more like it: lines 11, 14, 17, 20, 23, 26, 29, 32)"

    func write(_ text: String, to relative: String, in copy: ExampleCopy) throws {
        try text.write(to: copy.url.appendingPathComponent(relative), atomically: true, encoding: .utf8)
    }

    @Test func checkReportsAMistakeRepeatedNineTimesOnce() throws {
        let copy = try ExampleCopy()
        try write(Self.nineTimes, to: "sessions/repeated.yaml", in: copy)
        let result = try copy.workshop(["check"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines == ["\(copy.path)/sessions/repeated.yaml:8:11: error: \(Self.repeated)",
                          "checked 5 personas and 8 plans: 9 errors, 0 warnings"])
    }

    @Test func startReportsAMistakeRepeatedNineTimesOnceInOneLine() throws {
        let copy = try ExampleCopy()
        try write(Self.nineTimes, to: "sessions/repeated.yaml", in: copy)
        let before = FolderDigest(copy.url)
        let result = try copy.workshop(["start", "repeated"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: \(copy.path)/sessions/repeated.yaml:8:11: \(Self.repeated); "
            + "9 errors keep plan 'repeated' from starting; fix them (see 'workshop check')\n")
        #expect(FolderDigest(copy.url) == before)
    }

    @Test func aPersonaWithAnErrorRefusesThePlanInOneLine() throws {
        let copy = try ExampleCopy()
        let persona = copy.url.appendingPathComponent("personas/academic.yaml")
        let text = try String(contentsOf: persona, encoding: .utf8)
        try text.replacingOccurrences(of: "weight: 1\n", with: "weight: heavy\n").write(to: persona, atomically: true, encoding: .utf8)
        let result = try copy.workshop(["start", "stirling-2015"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(copy.path)/personas/academic.yaml:"))
        #expect(result.stderr.hasSuffix(": invalid weight 'heavy'; use a number of at least 0, e.g. 'weight: 2'; "
            + "1 error keeps plan 'stirling-2015' from starting; fix it (see 'workshop check')\n"))
        #expect(result.stderr.components(separatedBy: "error:").count == 2)
    }

    @Test func aDamagedJournalIsNamedOnceWithItsPlace() throws {
        let copy = try ExampleCopy()
        var lines = try String(contentsOf: copy.journal("demo-2015"), encoding: .utf8).components(separatedBy: "\n")
        lines[2] = "{\"garbage\":1}"
        try lines.joined(separator: "\n").write(to: copy.journal("demo-2015"), atomically: true, encoding: .utf8)
        let before = FolderDigest(copy.url)
        let log = try copy.workshop(["log", "demo-2015"])
        #expect(log.status == 1)
        #expect(log.stderr.hasPrefix("error: \(copy.path)/sessions/demo-2015.jsonl:3: "))
        #expect(log.stderr.components(separatedBy: "error:").count == 2 && log.stderr.filter { $0 == "\n" }.count == 1)
        // A new meeting of the series reads every earlier journal to carry their open actions in.
        let start = try copy.workshop(["start", "stirling-2016"])
        #expect(start.status == 1)
        #expect(start.stderr.hasPrefix("error: cannot carry the open actions in from meeting 1 ('demo-2015'): "
            + "\(copy.path)/sessions/demo-2015.jsonl:3: "))
        #expect(start.stderr.hasSuffix("; fix that journal, or start with --no-carry\n"))
        #expect(start.stderr.components(separatedBy: "error:").count == 2 && start.stderr.filter { $0 == "\n" }.count == 1)
        #expect(FolderDigest(copy.url) == before)
    }
}
