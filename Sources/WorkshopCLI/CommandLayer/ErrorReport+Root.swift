import WorkshopKit

extension ErrorReport {
    /// A root that cannot be used, named by where it came from, with how to change that.
    static func message(for failure: RootFailure) -> String {
        let folder = "the folder that holds personas/ and sessions/"
        let (named, fix): (String, String)
        switch failure.source {
        case .option: (named, fix) = ("--root", "pass --root \(folder)")
        case .environment: (named, fix) = ("WORKSHOP_ROOT", "set WORKSHOP_ROOT to \(folder), or pass --root DIR")
        case .currentFolder: (named, fix) = ("the current folder", "change to \(folder), or pass --root DIR")
        }
        switch failure.problem {
        case let .missingRoot(root):
            return "\(named) '\(root)' does not exist; \(fix)"
        case let .rootNotAFolder(root):
            return "\(named) '\(root)' is a file, not a folder; \(fix)"
        case let .notAProject(root) where failure.source == .environment:
            return "\(named) '\(root)' has no 'personas/' or 'sessions/' folder; \(fix)"
        default:
            return message(for: failure.problem)
        }
    }
}
