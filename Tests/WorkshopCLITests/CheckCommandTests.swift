import Foundation
import Testing
import WorkshopTestSupport

/// `workshop check` through the door a user uses: the built binary.
struct CheckCommandTests {
    @Test func theBundledExampleIsClean() throws {
        let result = try InProcess.run(["check", "--root", Paths.example.path])
        #expect(result.status == 0)
        #expect(result.stdout == "checked 5 personas and 7 plans: no problems\n")
    }

    @Test func brokenFixturesReportEveryExpectedLineExitOneAndWriteNothing() throws {
        let folder = try TemporaryFolder(copying: Paths.fixture("broken"))
        let before = folder.snapshot()
        let result = try WorkshopProcess.run(["check"], directory: folder.url)
        #expect(result.status == 1)
        var expected: [String] = []
        for (path, data) in before.sorted(by: { $0.key < $1.key }) {
            let first = String(decoding: data, as: UTF8.self).split(separator: "\n").first ?? ""
            if first.hasPrefix("# expect: "), !first.hasPrefix("# expect: nothing") {
                expected.append("\(path):\(first.dropFirst(10))")
            }
        }
        // A problem in the file's text is followed by that line and a caret, indented.
        let lines = result.stdout.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("    ") }
        #expect(lines.dropLast().sorted() == expected.sorted())
        #expect(lines.last?.hasPrefix("checked 12 personas and 36 plans: ") == true)
        #expect(folder.snapshot() == before)
    }

    @Test func rootComesFromTheEnvironment() throws {
        let result = try InProcess.run(["check"], environment: ["WORKSHOP_ROOT": Paths.example.path])
        #expect(result.status == 0)
    }

    @Test func aFolderThatIsNotAProjectGetsOneLine() throws {
        let folder = TemporaryFolder()
        let result = try InProcess.run(["check", "--root", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: '\(folder.path)' has no 'personas/' or 'sessions/' folder; "
            + "run in a workshop folder or pass --root DIR\n")
    }
}
