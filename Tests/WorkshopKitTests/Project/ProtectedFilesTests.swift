import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// Which paths no output may replace, however they are spelt. (Paths relative to the current folder
/// are tested through the binary, in `JournalSafetyTests`: changing this process's folder would
/// disturb the tests running beside these.)
struct ProtectedFilesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        /// The path, `ROOT` standing for the example copy's folder.
        var path: String
        var kind: ProtectedFiles.Kind?
        var testDescription: String { path }
    }

    @Test(arguments: [
        Case(path: "ROOT/sessions/demo-2015.jsonl", kind: .journal(session: "demo-2015")),
        Case(path: "ROOT/sessions/../sessions/./demo-2015.jsonl", kind: .journal(session: "demo-2015")),
        Case(path: "ROOT//sessions/demo-2015.jsonl", kind: .journal(session: "demo-2015")),
        Case(path: "ROOT/sessions/not-yet.jsonl", kind: .journal(session: "not-yet")),
        Case(path: "ROOT/sessions/stirling-2015.yaml", kind: .plan("stirling-2015")),
        Case(path: "ROOT/sessions/other.yml", kind: .plan("other")),
        Case(path: "ROOT/personas/academic.yaml", kind: .persona("academic")),
        Case(path: "ROOT/sessions/.demo-2015.lock", kind: .lock(session: "demo-2015")),
        Case(path: "ROOT/sessions/demo-2015.jsonl.torn-20151120T061320.123Z", kind: .besideJournal("demo-2015.jsonl.torn-20151120T061320.123Z")),
        Case(path: "ROOT/link-to-journal.csv", kind: .journal(session: "demo-2015")),
        Case(path: "ROOT/dangling.csv", kind: .journal(session: "new-one")),
        Case(path: "ROOT/linked-folder/demo-2015.jsonl", kind: .journal(session: "demo-2015")),
        Case(path: "ROOT/linked-folder/report.csv", kind: nil),
        Case(path: "ROOT/sessions/report.csv", kind: nil),
        Case(path: "ROOT/report.jsonl", kind: nil),
        Case(path: "ROOT/personas/notes.txt", kind: nil),
        Case(path: "/nonexistent/sessions/demo-2015.jsonl", kind: nil),
    ])
    func aPathIsProtectedHoweverItIsSpelt(_ example: Case) throws {
        let copy = try ExampleCopy()
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: copy.path + "/link-to-journal.csv", withDestinationPath: "sessions/demo-2015.jsonl")
        try manager.createSymbolicLink(atPath: copy.path + "/dangling.csv", withDestinationPath: "sessions/new-one.jsonl")
        try manager.createSymbolicLink(atPath: copy.path + "/linked-folder", withDestinationPath: copy.path + "/sessions")
        let files = ProtectedFiles(root: ProjectRoot(path: copy.path))
        #expect(files.kind(of: example.path.replacingOccurrences(of: "ROOT", with: copy.path)) == example.kind)
    }
}
