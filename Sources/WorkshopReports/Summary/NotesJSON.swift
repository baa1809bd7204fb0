import WorkshopModel
import WorkshopSession

/// The summary's notes as JSON, written straight into bytes, exactly as `JSONEncoder` writes them
/// with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes` (the differential tests in
/// `NotesJSONTests` hold the two to the same bytes).
///
/// Hand-written because of a measured need: at a million answers the notes (40,000 of them) are
/// 6 MB of the summary's 8 MB, and encoding them through `JSONEncoder` was about half of the CPU
/// time of `summary --format json` (28k instructions per note).
enum NotesJSON {
    /// The array at `depth` (1 for a key of the top-level object), starting at its `[`, as the
    /// encoder would lay it out there.
    static func array(_ notes: [Note], depth: Int) -> [UInt8] {
        let outer = [UInt8](repeating: 0x20, count: depth * 2)
        let inner = outer + [0x20, 0x20], field = inner + [0x20, 0x20]
        var bytes: [UInt8] = [UInt8(ascii: "["), 0x0A]
        bytes.reserveCapacity(notes.count * 160)
        guard !notes.isEmpty else { return bytes + [0x0A] + outer + [UInt8(ascii: "]")] }
        for (index, note) in notes.enumerated() {
            bytes += inner
            bytes += "{\n".utf8
            // Keys in sorted order, as `.sortedKeys` writes them.
            let fields: [(String, String?)] = [
                ("activity", note.activity), ("at", Timestamp.format(note.at)), ("by", note.by),
                ("criterion", note.criterion), ("group", note.group), ("persona", note.persona),
                ("prompt", note.prompt), ("text", note.text),
            ]
            var first = true
            for case let (key, value?) in fields {
                if !first { bytes += ",\n".utf8 }
                first = false
                bytes += field
                bytes.append(UInt8(ascii: "\""))
                bytes += key.utf8
                bytes += "\" : ".utf8
                string(value, into: &bytes)
            }
            bytes.append(0x0A)
            bytes += inner
            bytes.append(UInt8(ascii: "}"))
            if index < notes.count - 1 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(0x0A)
        }
        return bytes + outer + [UInt8(ascii: "]")]
    }

    /// A JSON string: quotes and backslashes escaped, control characters as the encoder writes them.
    static func string(_ value: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [0x5C, byte]
            case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
            case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
            case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
