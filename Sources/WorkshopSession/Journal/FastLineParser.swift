/// Reads the common journal line, a flat JSON object of plain strings with no escapes, straight from
/// its bytes. Anything else (escapes, nested values, numbers, odd spacing) returns nil and goes to
/// the strict `SlowLineParser`. It must never accept what the strict one refuses or read it
/// differently (`make fuzz` checks this): control bytes in keys and invalid UTF-8 go to the strict
/// reader too (it names the bad byte's column).
///
/// Hand-written for speed: Foundation's JSONDecoder costs about 10 µs a line, JSONSerialization a
/// few, and a million-answer session must open in well under a second.
package enum FastLineParser {
    private static let quote = UInt8(ascii: "\""), colon = UInt8(ascii: ":"), comma = UInt8(ascii: ","),
        backslash = UInt8(ascii: "\\"), openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")

    package static func parse(_ line: UnsafeRawBufferPointer) -> LineFields? {
        guard let base = line.baseAddress, line.count >= 2, line[0] == openBrace else { return nil }
        var fields = LineFields(base: base)
        var index = 1
        // Every byte of a key or value, or-ed: only a line with a byte above 0x7f needs a UTF-8 check.
        var high: UInt8 = 0
        let end = line.count
        if line[end - 1] != closeBrace { return nil }
        if end == 2 { return fields }
        while index < end {
            guard line[index] == quote else { return nil }
            let keyStart = index + 1
            var keyEnd = keyStart
            while keyEnd < end && line[keyEnd] != quote {
                if line[keyEnd] == backslash || line[keyEnd] < 0x20 { return nil }
                high |= line[keyEnd]
                keyEnd += 1
            }
            guard keyEnd + 2 < end, line[keyEnd + 1] == colon, line[keyEnd + 2] == quote else { return nil }
            let valueStart = keyEnd + 3
            var valueEnd = valueStart
            while valueEnd < end && line[valueEnd] != quote {
                if line[valueEnd] == backslash || line[valueEnd] < 0x20 { return nil }
                high |= line[valueEnd]
                valueEnd += 1
            }
            guard valueEnd + 1 < end else { return nil }
            if let field = field(UnsafeRawBufferPointer(rebasing: line[keyStart..<keyEnd])) {
                fields.set(field, start: valueStart, count: valueEnd - valueStart)
            }
            let next = line[valueEnd + 1]
            if next == closeBrace {
                guard valueEnd + 2 == end, high < 0x80 || UTF8Check.firstInvalidColumn(line) == nil else { return nil }
                return fields
            }
            guard next == comma else { return nil }
            index = valueEnd + 2
        }
        return nil
    }

    /// The field a key names, matched on length and first bytes, then checked whole, without making a
    /// String. Unknown keys give nil and are skipped.
    @inline(__always)
    private static func field(_ key: UnsafeRawBufferPointer) -> LineFields.Field? {
        guard key.count >= 2 else { return nil }
        let candidate: LineFields.Field
        switch (key.count, key[0]) {
        case (2, UInt8(ascii: "i")): candidate = .id
        case (2, UInt8(ascii: "a")): candidate = .at
        case (2, UInt8(ascii: "b")): candidate = .by
        case (4, UInt8(ascii: "t")): candidate = key[1] == UInt8(ascii: "y") ? .type : .text
        case (4, UInt8(ascii: "n")): candidate = .note
        case (5, UInt8(ascii: "g")): candidate = .group
        case (5, UInt8(ascii: "t")): candidate = .title
        case (5, UInt8(ascii: "s")): candidate = .stage
        case (6, UInt8(ascii: "a")): candidate = key[1] == UInt8(ascii: "n") ? .answer : .agreed
        case (6, UInt8(ascii: "p")): candidate = .prompt
        case (6, UInt8(ascii: "t")): candidate = .target
        case (6, UInt8(ascii: "w")): candidate = .weight
        case (7, UInt8(ascii: "p")): candidate = .persona
        case (8, UInt8(ascii: "a")): candidate = .activity
        case (9, UInt8(ascii: "c")): candidate = .criterion
        case (11, UInt8(ascii: "d")): candidate = .description
        case (5, UInt8(ascii: "b")): candidate = .batch
        case (4, UInt8(ascii: "w")): candidate = .walk
        // The keys of action records come last: the cases are tried in order, and answers are the bulk.
        case (5, UInt8(ascii: "o")): candidate = .owner
        case (5, UInt8(ascii: "c")): candidate = .count
        case (3, UInt8(ascii: "d")): candidate = .due
        case (4, UInt8(ascii: "f")): candidate = .from
        case (6, UInt8(ascii: "s")): candidate = .status
        case (6, UInt8(ascii: "o")): candidate = .origin
        case (6, UInt8(ascii: "n")): candidate = .number
        case (6, UInt8(ascii: "r")): candidate = .reason
        case (6, UInt8(ascii: "f")): candidate = .format
        case (4, UInt8(ascii: "k")): candidate = .kind
        case (5, UInt8(ascii: "l")): candidate = .lines
        default: return nil
        }
        return Bytes.equal(key, candidate.keyLiteral) ? candidate : nil
    }
}
