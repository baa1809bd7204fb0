import Foundation
import Testing
@testable import WorkshopKit

/// The same problem in the same file is reported once with a count; a refused plan is one line.
struct DiagnosticGroupTests {
    static func wrongTags(_ file: String, lines: [Int]) -> [Diagnostic] {
        lines.map { Diagnostic(.wrongType(key: "tags", expected: "a list of texts"), at: SourceLocation(file: file, line: $0, column: 11)) }
    }

    @Test func nineOfTheSameProblemInOneFileAreOneGroup() {
        let diagnostics = Self.wrongTags("p.yaml", lines: [33, 9, 12, 15, 18, 21, 24, 27, 30])
        let groups = diagnostics.grouped
        #expect(groups.count == 1)
        #expect(groups[0].count == 9)
        #expect(groups[0].description
            == "p.yaml:9:11: error: 'tags' must be a list of texts (and 8 more like it: lines 12, 15, 18, 21, 24, 27, 30, 33)")
    }

    @Test func otherProblemsAndOtherFilesStayApartInFileOrder() {
        let unknown = Diagnostic(.unknownKey(key: "colour", suggestion: nil), at: SourceLocation(file: "p.yaml", line: 10, column: 5))
        let diagnostics = Self.wrongTags("q.yaml", lines: [4]) + Self.wrongTags("p.yaml", lines: [20, 2]) + [unknown]
        #expect(diagnostics.grouped.map(\.description) == [
            "p.yaml:2:11: error: 'tags' must be a list of texts (and 1 more like it: line 20)",
            "p.yaml:10:5: warning: unknown key 'colour' is ignored",
            "q.yaml:4:11: error: 'tags' must be a list of texts",
        ])
    }

    @Test func manyRepeatsNameTheFirstLinesOnly() {
        let group = Self.wrongTags("p.yaml", lines: Array(1...20)).grouped[0]
        #expect(group.unlabelled == "p.yaml:1:11: 'tags' must be a list of texts (and 19 more like it: lines 2, 3, 4, 5, 6, 7, 8, 9, ...)")
    }

    @Test func aRefusedPlanIsOneLineWithoutASecondLabel() {
        let refusal = ProjectError.planRefused(id: "p", diagnostics: Self.wrongTags("p.yaml", lines: [9, 12, 15]))
        #expect(refusal.description
            == "p.yaml:9:11: 'tags' must be a list of texts (and 2 more like it: lines 12, 15); 3 errors keep plan 'p' from starting; "
            + "fix them (see 'workshop check')")
        #expect(!refusal.description.contains("\n") && !refusal.description.contains("error:"))
    }
}
