import CReadline
import Foundation

/// Readline's line callback and what it hands back to Swift: a C function pointer captures nothing,
/// so the line it was given waits here, in state of its own, until `ReadlineLineReader` takes it. The
/// prompt runs on one thread only.
enum ReadlineLineCallback {
    nonisolated(unsafe) static var finished = false
    nonisolated(unsafe) static var line: String?

    /// Installs the callback for one line typed after `prompt`.
    static func install(prompt: String) {
        finished = false
        line = nil
        rl_callback_handler_install(prompt) { raw in
            ReadlineLineCallback.finished = true
            if let raw {
                ReadlineLineCallback.line = String(cString: raw)
                free(raw)
            }
            rl_callback_handler_remove()
        }
    }
}
