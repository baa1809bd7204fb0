import CReadline
import Foundation

/// Reads lines with GNU readline: editing, history and `~/.inputrc` (as application 'workshop').
struct ReadlineLineReader: LineReader {
    init() {
        // Readline keeps the pointer, so the name is copied once and never freed.
        workshop_rl_set_name(strdup("workshop"))
    }

    mutating func readLine(prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(raw)
        }
        return line
    }
}
