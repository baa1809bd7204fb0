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
        // Read once a line: each read of a static checks it was made.
        let keys = LineFields.Field.keys
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
            // Unknown keys are skipped.
            if let field = keys.value(of: UnsafeRawBufferPointer(rebasing: line[keyStart..<keyEnd])) {
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
}
