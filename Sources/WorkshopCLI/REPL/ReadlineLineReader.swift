import CReadline
import Foundation

/// Reads lines with GNU readline: editing, history across runs, tab completion, `~/.inputrc` (as
/// application 'workshop'). Uses readline's callback interface so that Ctrl-C clears the line and
/// returns to the prompt instead of ending the program.
final class ReadlineLineReader: LineReader {
    private let history: HistoryFile?
    /// Answers from phones, printed above the line being typed.
    private let notices: NoticeBoard

    init(history: HistoryFile?, notices: NoticeBoard) {
        self.history = history
        self.notices = notices
        // Readline keeps the pointer, so the name is copied once and never freed.
        workshop_rl_set_name(strdup("workshop"))
        workshop_rl_set_catch_signals(0)
        ReadlineCompletion.install()
        history?.load()
        signal(SIGINT) { _ in SignalFlags.interruptRequested = 1 }
        // SIGINT stays blocked except while waiting for a key in ppoll, which unblocks it atomically:
        // no Ctrl-C can slip in between checking the flag and waiting, and a mask inherited from a
        // parent that blocked SIGINT cannot make Ctrl-C dead.
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigprocmask(SIG_BLOCK, &blocked, nil)
    }

    func offer(_ source: CompletionSource) {
        ReadlineCompletion.offer(source)
    }

    func readLine(prompt: String) -> String? {
        ReadlineLineCallback.install(prompt: prompt)
        let board = notices
        while !ReadlineLineCallback.finished {
            let ready = workshop_wait_for_either(STDIN_FILENO, board.readEnd)
            if ready > 0, ready & 2 != 0 { printAbove(board.take()) }
            if SignalFlags.interruptRequested != 0 {
                // Ctrl-C: drop what was typed and offer a fresh prompt, like bash and psql.
                SignalFlags.interruptRequested = 0
                rl_replace_line("", 0)
                FileHandle.standardOutput.write(Data("^C\n".utf8))
                rl_on_new_line()
                rl_redisplay()
                continue
            }
            if ready > 0, ready & 1 != 0 { rl_callback_read_char() }
        }
        if let line = ReadlineLineCallback.line { history?.add(line) }
        return ReadlineLineCallback.line
    }

    /// Lines that arrived while the facilitator types (answers from phones): the prompt and what
    /// is typed are cleared, the lines printed, and the prompt drawn again with the text and the
    /// cursor where they were.
    private func printAbove(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        rl_clear_visible_line()
        // Readline writes through its own stdio stream and flushes it only when a redisplay ends: the
        // clear would still sit in that buffer while the notice, written straight to the descriptor,
        // landed after the typed text (strace: the notice, then "\r\e[K" with the redrawn prompt).
        fflush(nil)
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        rl_forced_update_display()
    }
}
