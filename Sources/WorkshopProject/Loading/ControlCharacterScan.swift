import WorkshopModel
import WorkshopSupport
import Yams

/// Control and invisible format characters in a YAML file (`ControlCharacters`), each reported as a
/// warning at its own line and column: written raw anywhere in the file (YAML itself refuses most
/// raw controls, but not bidi overrides), or written as an escape in a double-quoted string
/// (`"\e]0;title\a"`, `"\x1b"`, `"\u202e"`). Tabs and line breaks are layout and not reported, nor
/// is a byte-order mark at the start. Lines and columns are counted as YAML's marks count them:
/// columns in Unicode scalars, and NEL, LS and PS break lines as CR and LF do.
package struct ControlCharacterScan {
    private let scalars: [Unicode.Scalar]
    /// Where each line starts, as an offset into `scalars`.
    private var lineStarts = [0]

    package static func report(_ text: String, root: Node?, log: DiagnosticLog) {
        let scan = ControlCharacterScan(text)
        scan.reportRaw(in: text, log: log)
        root?.walk { node in
            guard let scalar = node.scalar, scalar.style == .doubleQuoted, let mark = scalar.mark,
                  scalar.string.unicodeScalars.contains(where: reported) else { return }
            scan.reportEscapes(from: scan.offset(line: mark.line, column: mark.column), log: log)
        }
    }

    private init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() where Self.breaks(scalar) {
            // CR LF is one break, counted at the LF.
            if scalar == "\r", offset + 1 < scalars.count, scalars[offset + 1] == "\n" { continue }
            lineStarts.append(offset + 1)
        }
    }

    /// Characters written into the text itself, outside emoji flag sequences.
    private func reportRaw(in text: String, log: DiagnosticLog) {
        guard ControlCharacters.appear(in: text) else { return }
        var offset = 0
        for character in text {
            let count = character.unicodeScalars.count
            defer { offset += count }
            if ControlCharacters.isFlag(character) { continue }
            for (index, scalar) in character.unicodeScalars.enumerated() where Self.reported(scalar) {
                if scalar == "\u{FEFF}" && offset + index == 0 { continue }
                report(scalar, at: offset + index, log: log)
            }
        }
    }

    /// Escapes in the double-quoted string whose node starts at `start` (at its tag or anchor, if
    /// it has one, else at its opening quote).
    private func reportEscapes(from start: Int, log: DiagnosticLog) {
        guard var offset = scalars[start...].firstIndex(of: "\"") else { return }
        offset += 1
        while offset < scalars.count, scalars[offset] != "\"" {
            guard scalars[offset] == "\\", offset + 1 < scalars.count else {
                offset += 1
                continue
            }
            let (value, length) = DoubleQuotedEscape.decode(scalars, at: offset + 1)
            if let value, let scalar = Unicode.Scalar(value), Self.reported(scalar) {
                report(scalar, at: offset, log: log)
            }
            offset += 1 + length
        }
    }

    private func report(_ scalar: Unicode.Scalar, at offset: Int, log: DiagnosticLog) {
        // The last line starting at or before `offset`.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let line = low
        log.report(.controlCharacter(code: scalar.value), line: line + 1, column: offset - lineStarts[line] + 1)
    }

    private func offset(line: Int, column: Int) -> Int {
        min(scalars.count, lineStarts[min(max(0, line - 1), lineStarts.count - 1)] + column - 1)
    }

    /// What is reported: every control or format character but tab, line feed and carriage return.
    private static func reported(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && scalar != "\n" && scalar != "\r" && ControlCharacters.contains(scalar)
    }

    private static func breaks(_ scalar: Unicode.Scalar) -> Bool {
        ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
    }
}
