/// Why a project, plan or persona cannot be used.
public enum ProjectError: Error, Hashable, Sendable, CustomStringConvertible {
    case notAProject(root: String)
    case unknownPlan(id: String, suggestion: String?, available: [String])
    case ambiguousPlan(prefix: String, candidates: [String])
    case planRefused(id: String, diagnostics: [Diagnostic])

    public var description: String {
        switch self {
        case let .notAProject(root):
            return "'\(root)' has no 'personas/' or 'sessions/' folder; run in a workshop folder or name one"
        case let .unknownPlan(id, suggestion, available):
            if let suggestion { return "unknown plan '\(id)'; did you mean '\(suggestion)'?" }
            let list = available.isEmpty ? "none yet; add sessions/\(id).yaml" : available.map { "'\($0)'" }
                .joined(separator: ", ")
            return "unknown plan '\(id)'; plans: \(list)"
        case let .ambiguousPlan(prefix, candidates):
            return "plan '\(prefix)' is ambiguous: \(candidates.map { "'\($0)'" }.joined(separator: ", "))"
        case let .planRefused(id, diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            return (errors.map(\.description) + ["plan '\(id)' has \(Self.count(errors.count, "error")); "
                + "fix them (see 'workshop check')"]).joined(separator: "\n")
        }
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
