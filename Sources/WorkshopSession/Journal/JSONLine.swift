import WorkshopModel

/// Writes one flat JSON object on one line, keys in the order given, for the journal.
///
/// Hand-written rather than JSONEncoder: the journal wants a fixed, readable key order, and the
/// fast reader relies on this exact shape (see `FastLineParser`).
package struct JSONLine {
    package private(set) var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var first = true

    package init() {}

    package mutating func add(_ key: String, _ value: String?) {
        guard let value else { return }
        separator(key)
        appendString(value)
    }

    /// Adds already-encoded JSON (an object or array) as the value.
    package mutating func addRaw(_ key: String, json: [UInt8]) {
        separator(key)
        bytes += json
    }

    /// `["a","b"]`: strings escaped as a value is, for a list-valued key (an action's `owners`).
    package static func array(_ texts: [String]) -> [UInt8] {
        var result: [UInt8] = [UInt8(ascii: "[")]
        for (index, text) in texts.enumerated() {
            var one = JSONLine()
            one.appendString(text)
            if index > 0 { result.append(UInt8(ascii: ",")) }
            result += one.bytes.dropFirst()
        }
        return result + [UInt8(ascii: "]")]
    }

    /// The finished line, newline included.
    package func finished() -> [UInt8] {
        bytes + [UInt8(ascii: "}"), UInt8(ascii: "\n")]
    }

    private mutating func separator(_ key: String) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        appendString(key)
        bytes.append(UInt8(ascii: ":"))
    }

    private mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [92, 34]
            case UInt8(ascii: "\\"): bytes += [92, 92]
            case UInt8(ascii: "\n"): bytes += [92, 110]
            case UInt8(ascii: "\r"): bytes += [92, 114]
            case UInt8(ascii: "\t"): bytes += [92, 116]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [92, 117, 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
