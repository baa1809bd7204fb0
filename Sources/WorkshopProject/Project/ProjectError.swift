import WorkshopModel

/// Why a project, plan or persona cannot be used.
public enum ProjectError: Error, Hashable, Sendable, CustomStringConvertible {
    case notAProject(root: String)
    /// The folder named as the root does not exist.
    case missingRoot(root: String)
    /// The root names a file (or something else that is not a folder).
    case rootNotAFolder(root: String)
    case unknownPlan(id: String, suggestion: String?, available: [String])
    case ambiguousPlan(prefix: String, candidates: [String])
    case planRefused(id: String, diagnostics: [Diagnostic])

    public var description: String {
        switch self {
        case let .notAProject(root):
            return "'\(root)' has no 'personas/' or 'sessions/' folder; run in a workshop folder or name one"
        case let .missingRoot(root):
            return "'\(root)' does not exist; name the folder that holds personas/ and sessions/"
        case let .rootNotAFolder(root):
            return "'\(root)' is a file, not a folder; name the folder that holds personas/ and sessions/"
        case let .unknownPlan(id, suggestion, available):
            if let suggestion { return "unknown plan '\(id)'; did you mean '\(suggestion)'?" }
            let list = available.isEmpty ? "none yet; add sessions/\(id).yaml" : available.map { "'\($0)'" }
                .joined(separator: ", ")
            return "unknown plan '\(id)'; plans: \(list)"
        case let .ambiguousPlan(prefix, candidates):
            return "plan '\(prefix)' is ambiguous: \(candidates.map { "'\($0)'" }.joined(separator: ", "))"
        case let .planRefused(id, diagnostics):
            // One line: the first problem with its place, then how many there are and where to see them all.
            let errors = diagnostics.filter { $0.severity == .error }
            let first = errors.grouped.first.map { $0.unlabelled + "; " } ?? ""
            let keep = errors.count == 1 ? "1 error keeps" : "\(errors.count) errors keep"
            return first + "\(keep) plan '\(id)' from starting; fix \(errors.count == 1 ? "it" : "them") (see 'workshop check')"
        }
    }
}
