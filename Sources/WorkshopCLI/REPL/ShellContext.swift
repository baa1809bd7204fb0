import WorkshopKit

/// What the interactive prompt supplies to every command it runs: the root, and later the open
/// session and the current persona and group.
struct ShellContext: Sendable {
    var root: ProjectRoot

    /// The context of the prompt running the current command; nil at the shell.
    @TaskLocal static var current: ShellContext?
}
