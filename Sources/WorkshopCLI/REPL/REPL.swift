import ArgumentParser
import Foundation
import WorkshopKit

/// The prompt: reads command lines and runs each through the same command tree as the shell, with
/// the prompt's context passed to every command.
struct REPL {
    var context: CommandContext
    var reader: any LineReader
    /// Batch mode: no prompt, errors carry their line number, and `bail` stops at the first.
    var interactive: Bool
    var bail: Bool
    /// Where batch lines come from, for error messages: `line 4:` for standard input, `FILE:4:` for a script.
    var source: String? = nil

    /// Words that leave the prompt.
    static let quitWords: Set<String> = ["quit", "exit", ".quit", "\\q"]

    /// Runs until end of input or `quit`; returns how many commands failed.
    mutating func run() -> Int {
        var failures = 0
        var lineNumber = 0
        while true {
            // While a room is live the writer thread changes the session: read it through the gate.
            let state = context.room.map { $0.gate.state } ?? context.session?.state
            reader.offer(CompletionSource(root: context.root, state: state, persona: context.persona))
            guard let line = reader.readLine(prompt: interactive ? context.prompt : "") else { break }
            // Read from a script: answers that arrived meanwhile are printed between its lines.
            if !interactive { for notice in context.io.notices.take() { context.console.out(notice) } }
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let status: Int32
            do {
                let words = try Tokenizer.words(trimmed)
                if let first = words.first, Self.quitWords.contains(first) { break }
                try execute(words)
                status = 0
            } catch {
                status = Workshop.report(error, command: Self.commandName(trimmed), place: place(lineNumber),
                    door: .prompt(sessionOpen: context.session != nil), console: context.console)
            }
            if status != 0 {
                failures += 1
                if bail { break }
            }
        }
        if let room = context.room {
            room.stop()
            context.room = nil
            context.console.out("stopped serving \(room.gate.sessionID)")
        }
        if interactive { context.console.out("") }
        return failures
    }

    /// Runs one command line with this prompt's context.
    mutating func execute(_ words: [String]) throws {
        guard let word = words.first else { return }
        if word == "help" {
            context.console.out(try PromptHelp.text(for: Array(words.dropFirst()), width: context.terminal.columns))
            return
        }
        let type = try Workshop.resolveCommand(word)
        try Workshop.refuseVersion(in: words)
        if type == Workshop.Shell.self { throw CommandFailure("already at the workshop prompt") }
        if type == Workshop.Run.self { throw CommandFailure("run a script from the shell: workshop run FILE") }
        var arguments = Array(words.dropFirst())
        try RepeatedOptions.check(arguments, for: type)
        // The open session is the session argument of every command that takes one.
        if type is any SessionCommand.Type, let session = context.session { arguments.insert(session.id, at: 0) }
        var command = try Workshop.parseAsRoot([type._commandName] + arguments)
        if var command = command as? any WorkshopCommand {
            // One folder per prompt: a --root on one line would write where the prompt does not look.
            if command.global.root != nil {
                throw CommandFailure("--root works at the shell; to work in another folder, quit and run 'workshop --root DIR'")
            }
            // A line's --color holds for the lines after it too, as it always has at the prompt.
            context.io = context.io.styled(command.global.color)
            guard let room = context.room, type != Workshop.Serve.self else { return try command.run(in: &context) }
            if type == Workshop.Open.self || type == Workshop.Start.self {
                throw CommandFailure("the room for \(room.gate.sessionID) is live; 'serve stop' first, then open another session")
            }
            // One writer: phones' answers wait while a typed command runs (not while it waits for a
            // key), and projectors redraw after it.
            defer { if let problem = room.changed() { context.console.err("note: " + TerminalText.clean("\(problem)")) } }
            // The command holds the gate; a walk waiting for a key lets it go while it waits.
            context.io.terminal.waitingForKey = { read in room.gate.released(read) }
            defer { context.io.terminal.waitingForKey = nil }
            try room.gate.exclusive { _ in try command.run(in: &context) }
        } else {
            try command.run()
        }
    }

    /// The command a line starts with, for pointing at its help in an error.
    static func commandName(_ line: String) -> String? {
        (try? Tokenizer.words(line))?.first.flatMap { Workshop.commandType(for: $0)?._commandName }
    }

    /// Where an error happened, as batch mode names it; nothing at the interactive prompt.
    private func place(_ line: Int) -> String {
        interactive ? "" : source.map { "\($0):\(line): " } ?? "line \(line): "
    }
}
