import Yams

/// Collects the problems found in one file, so that every one is reported, not just the first.
final class DiagnosticLog {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func report(_ problem: Problem, at mark: Mark?) {
        report(problem, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// At a place found in the text itself (columns in Unicode scalars, as YAML's marks count them).
    func report(_ problem: Problem, line: Int, column: Int) {
        diagnostics.append(Diagnostic(problem, at: SourceLocation(file: file, line: line, column: column)))
    }

    func report(_ problem: Problem, at node: Node) {
        report(problem, at: node.mark)
    }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    var hasErrors: Bool { diagnostics.hasErrors }
}
