import WorkshopModel
import Yams

/// Collects the problems found in one file, so that every one is reported, not just the first.
package final class DiagnosticLog {
    package let file: String
    package private(set) var diagnostics: [Diagnostic] = []
    /// The file's lines, once read (`YAMLDocument` sets them), so a problem that shows its line can.
    package var lines: [Substring] = []

    package init(file: String) {
        self.file = file
    }

    package func report(_ problem: Problem, at mark: Mark?) {
        report(problem, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// At a place found in the text itself (columns in Unicode scalars, as YAML's marks count them).
    package func report(_ problem: Problem, line: Int, column: Int) {
        let excerpt = problem.showsLine && lines.indices.contains(line - 1) ? String(lines[line - 1]) : nil
        diagnostics.append(Diagnostic(problem, at: SourceLocation(file: file, line: line, column: column), excerpt: excerpt))
    }

    package func report(_ problem: Problem, at node: Node) {
        report(problem, at: node.mark)
    }

    package func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    package var hasErrors: Bool { diagnostics.hasErrors }

    /// The text of line `line` (1-based), or nil past the end or before the text is known.
    package func line(_ line: Int) -> Substring? {
        lines.indices.contains(line - 1) ? lines[line - 1] : nil
    }
}
