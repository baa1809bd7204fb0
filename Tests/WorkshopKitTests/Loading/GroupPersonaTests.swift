import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// A plan may say which persona a group plays: `groups: [{id: table-1, persona: academic}, table-2]`.
struct GroupPersonaTests {
    func load(groups: String) throws -> (Plan?, [Diagnostic]) {
        let copy = try ExampleCopy()
        let path = copy.path + "/sessions/stirling-2015.yaml"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "groups: [table-1, table-2, table-3, table-4, table-5]", with: groups)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let project = try Project.load(root: ProjectRoot(path: copy.path))
        return (try? project.plan("stirling-2015"), project.diagnostics.filter { $0.location.file.hasSuffix("stirling-2015.yaml") })
    }

    @Test func groupsWrittenAsMappingsNameTheirPersona() throws {
        let (plan, diagnostics) = try load(groups: "groups: [{id: table-1, persona: academic}, table-2]")
        #expect(diagnostics.isEmpty)
        #expect(plan?.groups == ["table-1", "table-2"])
        #expect(plan?.groupPersonas == ["table-1": "academic"])
    }

    @Test func aPersonaNotInThePlanIsAnErrorAtItsPlace() throws {
        let (plan, diagnostics) = try load(groups: "groups: [{id: table-1, persona: dean}]")
        #expect(plan == nil)
        #expect(diagnostics.contains { "\($0)".contains("dean") })
    }
}
