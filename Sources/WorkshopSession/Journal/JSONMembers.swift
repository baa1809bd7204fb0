import Foundation
import WorkshopProject

/// Where each top-level member of a one-line JSON object sits in its bytes, so a value can be
/// replaced without touching any other byte of the line (key order, spacing, escapes elsewhere).
/// Only for lines that already replayed, so anything unexpected gives nil rather than a guess.
package enum JSONMembers {
    package struct Member {
        /// The key, unescaped.
        package var key: String
        /// The value's bytes, quotes included for a string.
        package var value: Range<Int>
        package var isString: Bool
    }

    package static func members(of line: [UInt8]) -> [Member]? {
        var index = 0
        func skipSpace() {
            while index < line.count, [0x20, 0x09, 0x0d, 0x0a].contains(line[index]) { index += 1 }
        }
        skipSpace()
        guard index < line.count, line[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        var members: [Member] = []
        while true {
            skipSpace()
            guard index < line.count else { return nil }
            if line[index] == UInt8(ascii: "}"), members.isEmpty { return members }
            guard line[index] == UInt8(ascii: "\""), let keyEnd = stringEnd(line, from: index),
                  let key = unescaped(line[index..<keyEnd])
            else { return nil }
            index = keyEnd
            skipSpace()
            guard index < line.count, line[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            skipSpace()
            let start = index
            guard let end = valueEnd(line, from: start) else { return nil }
            members.append(Member(key: key, value: start..<end, isString: line[start] == UInt8(ascii: "\"")))
            index = end
            skipSpace()
            guard index < line.count else { return nil }
            if line[index] == UInt8(ascii: "}") { return members }
            guard line[index] == UInt8(ascii: ",") else { return nil }
            index += 1
        }
    }

    /// The string value of `key` in `line`, unescaped; nil when it has none.
    package static func string(_ key: String, in line: [UInt8]) -> String? {
        guard let member = members(of: line)?.last(where: { $0.key == key }), member.isString else { return nil }
        return unescaped(line[member.value])
    }

    /// The index just past the string that opens at `start` (a quote).
    private static func stringEnd(_ line: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        while index < line.count {
            switch line[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return nil
    }

    /// The index just past the value that starts at `start`: a string, an object or array (nested
    /// strings may hold brackets), or a bare number, `true`, `false` or `null`.
    private static func valueEnd(_ line: [UInt8], from start: Int) -> Int? {
        guard start < line.count else { return nil }
        if line[start] == UInt8(ascii: "\"") { return stringEnd(line, from: start) }
        var depth = 0, index = start
        while index < line.count {
            let byte = line[index]
            switch byte {
            case UInt8(ascii: "\""):
                guard depth > 0, let end = stringEnd(line, from: index) else { return nil }
                index = end
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return index == start ? nil : index }
                depth -= 1
                if depth == 0 { return index + 1 }
            case UInt8(ascii: ","), 0x20, 0x09, 0x0d, 0x0a:
                if depth == 0 { return index == start ? nil : index }
            default: break
            }
            index += 1
        }
        return nil
    }

    private static func unescaped(_ quoted: ArraySlice<UInt8>) -> String? {
        if !quoted.contains(UInt8(ascii: "\\")) { return String(decoding: quoted.dropFirst().dropLast(), as: UTF8.self) }
        return (try? JSONSerialization.jsonObject(with: Data(quoted), options: .fragmentsAllowed)) as? String
    }
}
