import Foundation
import WorkshopModel
import Yams

/// A `#` after a space starts a comment, so `title: Room #3` reads as "Room" and `label: #1` as
/// nothing. Each such value is warned about where it is written, with the quoted form that keeps
/// it. Only a `#` followed at once by something other than a space or another `#` counts: a
/// comment is written `# like this`, a room or a rank `#3`.
enum CommentScan {
    static func report(_ root: Node, log: DiagnosticLog) {
        root.walk { node in
            guard let mapping = node.mapping else { return }
            for (key, value) in mapping {
                guard let name = key.scalar, name.style == .plain, let mark = key.mark else { continue }
                if let scalar = value.scalar {
                    check(scalar, key: name.string, line: mark.line, column: mark.column, log: log)
                } else if let items = value.sequence {
                    for item in items {
                        guard let scalar = item.scalar, let place = item.mark else { continue }
                        check(scalar, key: name.string, line: place.line, column: place.column, log: log)
                    }
                }
            }
        }
    }

    /// Looks at the line `line` from `column` on: `key: value` or a list item `value`, written plain.
    private static func check(_ scalar: Node.Scalar, key: String, line: Int, column: Int, log: DiagnosticLog) {
        guard scalar.style == .plain, let text = log.line(line) else { return }
        // Only a key or item that begins its line (after spaces and '- '): flow lists and mappings
        // are left out, and a long line of them costs one look per value, not its length each time.
        var index = text.unicodeScalars.startIndex
        for _ in 1..<max(column, 1) {
            guard index < text.unicodeScalars.endIndex, text.unicodeScalars[index] == " " || text.unicodeScalars[index] == "-"
            else { return }
            index = text.unicodeScalars.index(after: index)
        }
        var rest = Substring(text.unicodeScalars[index...])
        if rest.hasPrefix(key + ":") {
            rest = rest.dropFirst(key.count + 1)
        } else if !YAMLDocument.isNull(scalar) && !rest.hasPrefix(scalar.string) {
            return
        }
        rest = rest.drop(while: { $0 == " " || $0 == "\t" })
        let kept = YAMLDocument.isNull(scalar) ? "" : scalar.string
        // A value that runs on to another line is not what was cut short here.
        guard rest.hasPrefix(kept) else { return }
        let after = rest.dropFirst(kept.count)
        let gap = after.prefix(while: { $0 == " " || $0 == "\t" })
        guard kept.isEmpty || !gap.isEmpty else { return }
        let comment = after.dropFirst(gap.count)
        guard comment.hasPrefix("#"), let next = comment.dropFirst().first, next != " ", next != "#", next != "\t" else { return }
        // `Room #3 # which room`: the real comment after the swallowed part stays a comment.
        let swallowed = comment.range(of: " #").map { comment[..<$0.lowerBound] } ?? comment
        let whole = (kept + gap + swallowed).trimmingCharacters(in: .whitespaces)
        log.report(.commentSwallowed(key: key, kept: kept, whole: whole), line: line, column: column)
    }
}
