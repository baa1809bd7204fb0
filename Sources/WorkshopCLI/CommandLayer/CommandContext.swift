import Foundation
import WorkshopKit
import WorkshopServer

/// What a command runs with: the folder, who is making changes, where it writes and the terminal
/// (`io`), and, at the prompt, what the facilitator has chosen there (the open session, a persona
/// and a group). Every command receives it as a value; `open`, `use` and `start` change it for the
/// commands that follow.
struct CommandContext {
    var root: ProjectRoot
    var io: CommandIO
    /// Who is making changes, for the journal and for undo.
    var facilitator: String
    /// True at the prompt (interactive or batch); false for a command given at the shell.
    var atPrompt: Bool
    /// The session the prompt holds open (and locked, unless read-only).
    var session: Session?
    var persona: String?
    var group: String?
    /// The live room `serve` started at the prompt, serving the open session, until `serve stop`.
    var room: LiveRoom?

    /// The context of one command at the shell: the root from `--root`, `$WORKSHOP_ROOT` or here,
    /// refused before anything else when it is missing, a file, or not a workshop folder.
    init(global: GlobalOptions, io: CommandIO) throws(RootFailure) {
        self.init(root: try global.checkedRoot(environment: io.environment), atPrompt: false, io: io)
    }

    init(root: ProjectRoot, atPrompt: Bool, io: CommandIO) {
        self.root = root
        // Every session this command line opens writes its checkpoints through one writer.
        self.root.checkpointWriter = io.checkpoints
        self.atPrompt = atPrompt
        self.io = io
        facilitator = Self.facilitator(io.environment)
    }

    /// Where the command writes, in the style asked for.
    var console: Console { io.console }
    /// The terminal the command runs at.
    var terminal: Terminal { io.terminal }

    /// `$WORKSHOP_FACILITATOR`, else `$USER`, else `$LOGNAME`.
    static func facilitator(_ environment: [String: String]) -> String {
        for key in ["WORKSHOP_FACILITATOR", "USER", "LOGNAME"] {
            if let value = environment[key], !value.isEmpty { return value }
        }
        return "facilitator"
    }

    /// The session `name` names; the open one when it is that one (its lock is already held).
    /// A recovery made while opening (a torn last line set aside) is reported on standard error.
    func openSession(_ name: String, writable: Bool) throws(SessionError) -> Session {
        if let open = session, open.id == name || (try? Session.resolveID(name, root: root)) == open.id {
            if writable && open.isReadOnly { throw .journal(.readOnlySession(session: open.id)) }
            return open
        }
        let opened = try Session.open(name, root: root, writable: writable)
        if let recovery = opened.recovery { console.err("note: " + TerminalText.clean("\(recovery)")) }
        return opened
    }

    /// Loads and checks every persona and plan under the root.
    func loadProject() throws(ProjectError) -> Project {
        try Project.load(root: root)
    }

    /// `stirling-2015 undergraduate·table-3> `: the open session and the current choices.
    var prompt: String {
        guard let session else { return "workshop> " }
        let chosen = [persona, group].compactMap { $0 }.joined(separator: "·")
        let mode = session.isReadOnly ? " (read-only)" : ""
        return TerminalText.clean("\(session.id)\(mode)\(chosen.isEmpty ? "" : " " + chosen)> ")
    }
}
