import Foundation
import WorkshopModel
import Yams

/// The parser's complaints in the words of the person who wrote the file. libyaml says "mapping
/// values are not allowed in this context" both for a colon inside an unquoted title and for a line
/// indented under a key that already has a value; the line itself tells the two apart.
extension YAMLDocument {
    /// The problem to report for libyaml's `problem` at `mark`, and where; `context` is what it was
    /// parsing then ("while scanning a simple key", with where that began).
    static func explain(_ problem: String, context: YamlError.Context?, at mark: Mark,
                        log: DiagnosticLog) -> (problem: Problem, line: Int, column: Int) {
        // A line with no colon is found only at the line after it (or the file's end): named at its own line.
        if problem == "could not find expected ':'", let context {
            return (.yamlSyntax(detail: "this line has no ':' after its key; write 'key: value', "
                + "or indent it further than the key above to continue that key's text"), context.mark.line, context.mark.column)
        }
        let explained = explain(problem, context: context, line: mark, log: log)
        // An indentation is pointed at where the line's text begins, not where the parser gave up.
        guard case .badIndentation = explained, let text = log.line(mark.line),
              !text.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") else { return (explained, mark.line, mark.column) }
        return (explained, mark.line, text.prefix(while: { $0 == " " }).count + 1)
    }

    private static func explain(_ problem: String, context: YamlError.Context?, line mark: Mark, log: DiagnosticLog) -> Problem {
        let line = log.line(mark.line).map(String.init) ?? ""
        // Where the mapping or list began; a list's start is not named for a line that is no list item.
        let since = { (kind: String?) in
            context.flatMap { kind == nil || $0.text.contains(kind ?? "") ? " (from line \($0.mark.line))" : nil } ?? ""
        }
        switch problem {
        case "mapping values are not allowed in this context":
            if let (key, value) = keyBefore(column: mark.column, in: line) { return .colonInValue(key: key, value: value) }
            return .badIndentation(reason: underValue(line: mark.line, log: log))
        // libyaml names what it wanted next; the line says whether a key or a list item was misplaced.
        case "did not find expected key", "did not find expected '-' indicator":
            guard line.drop(while: { $0 == " " }).hasPrefix("-") else {
                return .badIndentation(reason: "this line does not line up with the keys above it\(since(nil)); "
                    + "indent every key of one mapping by the same number of spaces")
            }
            return .badIndentation(reason: "this line does not line up with the list above it\(since("collection")); "
                + "start every item of one list with '- ' at the same indentation")
        default:
            if problem.contains("tab") || line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
                return .badIndentation(reason: "a tab indents this line; YAML indents with spaces only: replace the tab with spaces")
            }
            return .yamlSyntax(detail: context.map { "\(problem) (\($0.text) at line \($0.mark.line))" } ?? problem)
        }
    }

    /// `title: Research cafés: what works`: the key whose `: ` comes before `column` on the line,
    /// and the whole value after it; nil when the colon at `column` is the line's first.
    private static func keyBefore(column: Int, in line: String) -> (key: String, value: String)? {
        let scalars = Array(line.unicodeScalars)
        var start = 0
        while start < scalars.count, scalars[start] == " " || scalars[start] == "-" { start += 1 }
        guard start < scalars.count, !"'\"{[#".unicodeScalars.contains(scalars[start]) else { return nil }
        var index = start
        while index + 1 < scalars.count, !(scalars[index] == ":" && scalars[index + 1] == " ") { index += 1 }
        // The key's colon is at `index` (0-based); the one libyaml stopped at is at `column` (1-based).
        guard index + 1 < scalars.count, index + 1 < column - 1 else { return nil }
        let key = String(String.UnicodeScalarView(scalars[start..<index]))
        let value = String(String.UnicodeScalarView(scalars[(index + 1)...])).trimmingCharacters(in: .whitespaces)
        return (key, value)
    }

    /// Why a key cannot sit on line `number`: the nearest line above it, less indented, holds a key
    /// with a value of its own, so nothing can be nested under it.
    private static func underValue(line number: Int, log: DiagnosticLog) -> String {
        let indent = { (text: Substring) in text.prefix(while: { $0 == " " }).count }
        guard let here = log.line(number) else { return "this line is indented more than the lines above allow" }
        var above = number - 1
        while above >= 1, let text = log.line(above) {
            let content = text.drop(while: { $0 == " " })
            if !content.isEmpty, !content.hasPrefix("#"), indent(text) < indent(here) {
                let key = (content.hasPrefix("- ") ? content.dropFirst(2) : content).prefix(while: { $0 != ":" })
                return "this line is indented under '\(key):' (line \(above)), which already has a value; "
                    + "line it up with '\(key):' or with the keys it belongs with"
            }
            above -= 1
        }
        return "this line is indented more than the lines above allow; line it up with the keys above"
    }
}
