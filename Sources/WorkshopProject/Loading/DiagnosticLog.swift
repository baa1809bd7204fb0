import WorkshopModel
import Yams

/// Collects the problems found in one file, so that every one is reported, not just the first.
package final class DiagnosticLog {
    package let file: String
    package private(set) var diagnostics: [Diagnostic] = []

    package init(file: String) {
        self.file = file
    }

    package func report(_ problem: Problem, at mark: Mark?) {
        report(problem, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// At a place found in the text itself (columns in Unicode scalars, as YAML's marks count them).
    package func report(_ problem: Problem, line: Int, column: Int) {
        diagnostics.append(Diagnostic(problem, at: SourceLocation(file: file, line: line, column: column)))
    }

    package func report(_ problem: Problem, at node: Node) {
        report(problem, at: node.mark)
    }

    package func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    package var hasErrors: Bool { diagnostics.hasErrors }
}
