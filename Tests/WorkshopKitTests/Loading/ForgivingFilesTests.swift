import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// The loader's side of "files that forgive": what is read, what is warned about, and what is not.
struct ForgivingFilesTests {
    func problems(persona text: String) -> [Problem] {
        let log = DiagnosticLog(file: "p.yaml")
        _ = PersonaLoader.load(id: "p", text: text, log: log)
        return log.diagnostics.map(\.problem)
    }

    @Test func aCommentWrittenAsACommentIsNotWarnedAbout() {
        #expect(problems(persona: "name: Student  # the usual one\nweight: 2 #\tsecond\nsummary: '#1'\n") == [])
        #expect(problems(persona: "name: Room#3\nsummary: \"Room #3\"\ntags: [a, b] #x\n") == [])
        #expect(problems(persona: "name: Room ## 3\n") == [])
    }

    /// Each value is looked at from where its line begins, never across a whole long line: a line
    /// of 100,000 flow items would take minutes so and takes milliseconds now.
    @Test func aLongFlowLineIsLookedAtOnceNotOncePerItem() {
        let items = Array(repeating: "item", count: 100_000).joined(separator: ", ")
        let start = ContinuousClock.now
        #expect(problems(persona: "name: S\ntags: [\(items)]\n") == [])
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func aSwallowedValueInAListIsWarnedAboutToo() {
        #expect(problems(persona: "name: S\nneeds:\n  - Table #2\n") == [
            .commentSwallowed(key: "needs", kept: "Table", whole: "Table #2"),
        ])
    }

    @Test func aListGivenAsTextIsStillReadAsAListOfOne() throws {
        let log = DiagnosticLog(file: "p.yaml")
        let persona = try #require(PersonaLoader.load(id: "p", text: "name: S\npains: Slow, and noisy\n", log: log))
        #expect(persona.pains == ["Slow, and noisy"])
        #expect(log.diagnostics.map(\.problem) == [.textForList(key: "pains", value: "Slow, and noisy")])
        #expect(log.diagnostics[0].problem.message.contains("pains: [\"Slow, and noisy\"]"))
    }

    @Test func aQuotedSuggestionKeepsTheQuotesInsideTheValue() {
        let colon = Problem.colonInValue(key: "title", value: #"Say "hi": now"#)
        #expect(colon.message.hasSuffix(#"title: 'Say "hi": now'"#))
        #expect(Problem.quoted("it's") == #""it's""#)
    }

    @Test func problemsInTheTextCarryTheirLineAndOthersDoNot() {
        let log = DiagnosticLog(file: "p.yaml")
        _ = PersonaLoader.load(id: "p", text: "name: Tea: yes\n", log: log)
        #expect(log.diagnostics.map(\.excerpt) == ["name: Tea: yes"])
        let other = DiagnosticLog(file: "q.yaml")
        _ = PersonaLoader.load(id: "q", text: "nam: x\n", log: other)
        #expect(other.diagnostics.allSatisfy { $0.excerpt == nil })
    }

    @Test func aTabThatIndentsIsNamedAsSuch() {
        let found = problems(persona: "name: S\nneeds:\n\t- A\n")
        #expect(found.count == 1)
        guard case let .badIndentation(reason)? = found.first else {
            Issue.record("expected an indentation problem, got \(found)")
            return
        }
        #expect(reason.contains("tab"))
    }

    @Test func aFileWithABadNameIsCheckedButNotLoaded() throws {
        let folder = TemporaryFolder()
        let personas = folder.url.appendingPathComponent("personas")
        try FileManager.default.createDirectory(at: personas, withIntermediateDirectories: true)
        try "name: A\n".write(to: personas.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try "name: A\nweight: heavy\n".write(to: personas.appendingPathComponent("a.yml"), atomically: true, encoding: .utf8)
        let project = try Project.load(root: ProjectRoot(path: folder.path))
        #expect(project.personas.keys.sorted() == ["a"])
        #expect(project.personaFileCount == 1)
        #expect(project.diagnostics.map(\.problem) == [
            .duplicateFile(name: "a.yml", first: "a.yaml"), .invalidWeight(value: "heavy"),
        ])
    }

    @Test func theStartingFilesLoadWithoutAWord() throws {
        let folder = TemporaryFolder()
        let target = folder.url.appendingPathComponent("new/deeper").path
        try ProjectTemplate.write(into: target)
        let project = try Project.load(root: ProjectRoot(path: target))
        #expect(project.diagnostics == [])
        let plan = try project.plan(ProjectTemplate.planID)
        #expect(plan.personas == [ProjectTemplate.personaID])
        #expect(plan.activities.count == 3)
        #expect(throws: ProjectTemplate.Refusal.self) { try ProjectTemplate.write(into: target) }
    }
}
