/// Diagnostics that say the same thing about the same file, reported once: a mistake repeated in
/// every activity of a plan is one line with a count, not nine lines that bury the others.
public struct DiagnosticGroup: Hashable, Sendable, CustomStringConvertible {
    /// The first place the problem occurs, the one an editor jumps to.
    public var first: Diagnostic
    /// The lines of the other places, in file order.
    public var otherLines: [Int]

    /// How many lines of other places a description names before it stops.
    package static let linesShown = 8

    public init(first: Diagnostic, otherLines: [Int] = []) {
        self.first = first
        self.otherLines = otherLines
    }

    /// How many diagnostics the group stands for.
    public var count: Int { 1 + otherLines.count }

    /// `path:line:column: error: message (and 8 more like it: lines 24, 28, ...)`.
    public var description: String { first.description + repeats }

    /// `path:line:column: message (and 8 more like it: ...)`, for a line that is already labelled.
    public var unlabelled: String { "\(first.location): \(first.problem.message)" + repeats }

    /// ` (and 8 more like it: lines 24, 28, ...)`, or nothing for a problem found once.
    private var repeats: String {
        guard !otherLines.isEmpty else { return "" }
        var lines = otherLines.prefix(Self.linesShown).map(String.init)
        if otherLines.count > Self.linesShown { lines.append("...") }
        let noun = otherLines.count == 1 ? "line" : "lines"
        return " (and \(otherLines.count) more like it: \(noun) \(lines.joined(separator: ", ")))"
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics in file order, those with the same problem in the same file folded into one.
    public var grouped: [DiagnosticGroup] {
        var groups: [DiagnosticGroup] = []
        var index: [GroupKey: Int] = [:]
        for diagnostic in sorted() {
            let key = GroupKey(file: diagnostic.location.file, problem: diagnostic.problem)
            if let at = index[key] {
                groups[at].otherLines.append(diagnostic.location.line)
            } else {
                index[key] = groups.count
                groups.append(DiagnosticGroup(first: diagnostic))
            }
        }
        return groups
    }
}

/// What makes two diagnostics the same: the file and the problem, wherever in the file it is.
private struct GroupKey: Hashable {
    var file: String
    var problem: Problem
}
