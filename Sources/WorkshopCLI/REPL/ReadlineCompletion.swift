import CReadline
import Foundation

/// Connects `Completer` to readline's completion hooks. Readline calls plain C functions, so the
/// completer and the current candidates live in statics; the prompt runs on one thread only.
enum ReadlineCompletion {
    nonisolated(unsafe) private static var completer: Completer?
    nonisolated(unsafe) private static var candidates: [String] = []
    nonisolated(unsafe) private static var next = 0

    /// What completion draws on from now: called before each line, as the prompt's context changes.
    static func offer(_ source: CompletionSource) {
        completer = Completer(source: source)
    }

    static func install() {
        workshop_rl_set_completion_query_items(60)
        workshop_rl_set_completer { text, start, _ in
            guard let completer = ReadlineCompletion.completer, let text else { return nil }
            let buffer = workshop_rl_line_buffer().map { String(cString: $0) } ?? ""
            let before = String(decoding: buffer.utf8.prefix(Int(start)), as: UTF8.self)
            switch completer.complete(before: before, word: String(cString: text)) {
            case .files:
                workshop_rl_set_attempted_completion_over(0)
                return nil
            case let .words(words):
                // Never fall back to file names where ids are expected.
                workshop_rl_set_attempted_completion_over(1)
                ReadlineCompletion.candidates = words
                return rl_completion_matches(text) { _, state in
                    if state == 0 { ReadlineCompletion.next = 0 }
                    guard ReadlineCompletion.next < ReadlineCompletion.candidates.count else { return nil }
                    defer { ReadlineCompletion.next += 1 }
                    // Readline frees what it is given, so each match is strdup'ed.
                    return strdup(ReadlineCompletion.candidates[ReadlineCompletion.next])
                }
            }
        }
    }
}
