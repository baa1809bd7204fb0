import WorkshopKit

/// What the prompt supplies to every command it runs: the root, the open session, and the current
/// persona and group, so the common command is short (`score drop-in 4`).
///
/// A class because commands change it (`open`, `use`); it is only touched from the prompt's thread.
final class ShellContext: @unchecked Sendable {
    let root: ProjectRoot
    var session: Session?
    var persona: String?
    var group: String?

    init(root: ProjectRoot) {
        self.root = root
    }

    /// The context of the prompt running the current command; nil at the shell.
    @TaskLocal static var current: ShellContext?

    /// `stirling-2015 undergraduate·table-3> `: the open session and the current context.
    var prompt: String {
        guard let session else { return "workshop> " }
        let context = [persona, group].compactMap { $0 }.joined(separator: "·")
        let mode = session.isReadOnly ? " (read-only)" : ""
        return "\(session.id)\(mode)\(context.isEmpty ? "" : " " + context)> "
    }
}
