import WorkshopModel
import WorkshopSession
import WorkshopSupport

/// The few edits a merge makes to a line already written: one string value replaced (a renamed
/// room's group, the session a start record names), every other byte kept.
enum LineEdit {
    /// `line` with the string value of `key` replaced by `text`; nil when the line has no such value.
    static func replacing(_ key: String, with text: String, in line: ArraySlice<UInt8>) -> [UInt8]? {
        let bytes = Array(line)
        guard let members = JSONMembers.members(of: bytes),
              let member = members.last(where: { $0.key == key }), member.isString
        else { return nil }
        var result = bytes
        result.replaceSubrange(member.value, with: quoted(text))
        return result
    }

    /// `text` as a JSON string, quotes included, escaped as the journal writes it.
    static func quoted(_ text: String) -> [UInt8] {
        var line = JSONLine()
        line.add("k", text)
        let bytes = line.finished()  // {"k":"…"}\n
        return Array(bytes[5..<(bytes.count - 2)])
    }

    /// The string value of `field` in a line, as replay reads it.
    static func field(_ field: LineFields.Field, in line: ArraySlice<UInt8>) -> String? {
        var value: String?
        line.withUnsafeBytes { raw in
            try? JournalLine.read(raw) { fields in value = fields.string(field) }
        }
        return value
    }

    /// A record id that is the same wherever and however often the merge is made: FNV-1a of `parts`.
    /// A line the merge writes must get the same id in A+B and B+A, and again when merged twice.
    static func stableID(_ parts: String...) -> UInt64 {
        FNV1a.hash(parts.joined(separator: "\u{1f}").utf8)
    }
}
