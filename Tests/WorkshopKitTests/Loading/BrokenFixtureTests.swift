import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// Every file under `Fixtures/broken` starts with `# expect: line:column: severity: message`, or
/// `# expect: nothing ...` for a clean file. Loading the folder must report exactly those.
struct BrokenFixtureTests {
    static let root = ProjectRoot(path: Paths.fixture("broken").path)

    struct Fixture: Sendable, CustomTestStringConvertible {
        var relativePath: String
        var expected: String?
        var testDescription: String { relativePath }
    }

    static let fixtures: [Fixture] = {
        var result: [Fixture] = []
        for folder in ["personas", "sessions"] {
            let path = root.join(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names.sorted() {
                let text = (try? String(contentsOfFile: path + "/" + name, encoding: .utf8)) ?? ""
                let first = text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
                let expectation = first.hasPrefix("# expect: ") ? String(first.dropFirst(10)) : "missing"
                result.append(Fixture(
                    relativePath: folder + "/" + name,
                    expected: expectation.hasPrefix("nothing") ? nil : expectation))
            }
        }
        return result
    }()

    @Test func thereIsAFixtureForEveryFailureMode() {
        #expect(Self.fixtures.count >= 30)
        #expect(Self.fixtures.allSatisfy { $0.expected != "missing" })
    }

    @Test(arguments: fixtures)
    func reportsExactlyWhatTheFixtureSays(_ fixture: Fixture) throws {
        let project = try Project.load(root: Self.root)
        let file = Self.root.join(fixture.relativePath)
        let found = project.diagnostics.filter { $0.location.file == file }
            .map { String($0.description.dropFirst(file.count + 1)) }
        #expect(found == (fixture.expected.map { [$0] } ?? []))
    }

    @Test func brokenFilesAreLeftOutAndCleanOnesLoad() throws {
        let project = try Project.load(root: Self.root)
        #expect(project.plans["clean"] != nil)
        #expect(project.plans["unknown-persona"] == nil)
        #expect(project.personas["academic"] != nil)
        #expect(project.personas["no-name"] == nil)
        #expect(project.diagnostics.hasErrors)
    }

    /// The problems a refused plan is refused with, or nil when it loads.
    func refusal(_ id: String) throws -> [Problem]? {
        let project = try Project.load(root: Self.root)
        let result = Result { () throws(ProjectError) -> Plan in try project.plan(id) }
        guard case let .failure(error) = result, case let .planRefused(_, diagnostics) = error else { return nil }
        return diagnostics.map(\.problem)
    }

    @Test func aPlanWithErrorsIsRefusedWithTheSameMessages() throws {
        #expect(try refusal("unknown-persona") == [.unknownPersona(id: "phd", suggestion: "phd-candidate")])
        #expect(try refusal("clean") == nil)
    }

    @Test func aCleanPlanNamingABrokenPersonaIsRefused() throws {
        #expect(try refusal("broken-persona") == [.missingKey(key: "name", in: "persona")])
    }
}
