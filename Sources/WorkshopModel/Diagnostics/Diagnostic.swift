/// A problem found at a place in a file.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var problem: Problem

    public init(_ problem: Problem, at location: SourceLocation) {
        self.problem = problem
        self.location = location
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
