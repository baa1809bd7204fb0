import Foundation
import WorkshopKit

/// The file's own line under a message that is about its text (`Problem.showsLine`), with a caret
/// under the column, as compilers show it: a colon or an indentation is easier seen than described.
enum CheckExcerpt {
    /// Two lines, indented, or none when the diagnostic carries no line.
    static func lines(for diagnostic: Diagnostic) -> [String] {
        guard let excerpt = diagnostic.excerpt else { return [] }
        // A tab would print as '^I' and move the caret: shown as one space, which is all it counts for.
        let shown = excerpt.replacingOccurrences(of: "\t", with: " ")
        let before = String(String.UnicodeScalarView(shown.unicodeScalars.prefix(max(0, diagnostic.location.column - 1))))
        let width = TextWidth.columns(TerminalText.clean(before))
        return ["    " + TerminalText.clean(shown), "    " + String(repeating: " ", count: width) + "^"]
    }
}
