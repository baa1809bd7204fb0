/// A problem found at a place in a file.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var problem: Problem
    /// The file's own line at `location`, for problems it helps to see (`Problem.showsLine`): shown
    /// under the message with a caret at the column. Not compared: it only repeats the file.
    public var excerpt: String?

    public init(_ problem: Problem, at location: SourceLocation, excerpt: String? = nil) {
        self.problem = problem
        self.location = location
        self.excerpt = excerpt
    }

    /// The same problem at the same place, whatever excerpt each carries.
    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.location == rhs.location && lhs.problem == rhs.problem
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(problem)
    }

    public var severity: Severity { problem.severity }

    /// `path:line:column: error: message`, the form editors jump to.
    public var description: String {
        "\(location): \(severity.rawValue): \(problem.message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.location < rhs.location
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error (warnings alone do not refuse a file).
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
