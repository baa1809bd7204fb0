#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorkshopModel

/// The one sanctioned change to lines already written: a redacted record's free text blanked in
/// place. Each field `RecordKind.freeTextFields` names becomes `""` (a list `[]`); the record's id, kind, time,
/// author and every other byte of the line stay as they were, so the journal replays as before.
package enum JournalBlanker {
    /// Why the text could not be blanked: the journal is left as it was.
    package enum Failure: Error, Equatable {
        case notFound(String)
        case unreadable(String)
    }

    /// `journal` with the free text of the records `ids` blanked; nil when there was none left to blank.
    /// Every record named must be found after the start line, with every text field empty once done.
    package static func blanking(_ ids: Set<UInt64>, in journal: [UInt8]) throws(Failure) -> [UInt8]? {
        var result = journal
        var changed = false
        // From the end, so an edit never moves a line not yet looked at.
        for line in try lines(holding: ids, in: journal).reversed() {
            let bytes = Array(journal[line.range])
            guard let members = JSONMembers.members(of: bytes),
                  let kindText = members.last(where: { $0.key == "type" }).map({ text(bytes, $0) }),
                  let kind = RecordKind(rawValue: kindText)
            else { throw .unreadable(RecordID.format(line.id)) }
            let keys = Set(kind.freeTextFields.map(\.key))
            var blanked = bytes
            for member in members.reversed() where keys.contains(member.key) && member.value.count > 2 {
                // A list of text (an action's `owners`) becomes an empty list; any other value is text.
                let isList = member.key == LineFields.Field.owners.key && bytes[member.value.lowerBound] == UInt8(ascii: "[")
                guard member.isString || isList else { throw .unreadable(RecordID.format(line.id)) }
                blanked.replaceSubrange(member.value, with: isList ? Array("[]".utf8) : Array("\"\"".utf8))
            }
            guard isBlank(blanked, fields: kind.freeTextFields) else { throw .unreadable(RecordID.format(line.id)) }
            if blanked != bytes {
                result.replaceSubrange(line.range, with: blanked)
                changed = true
            }
        }
        return changed ? result : nil
    }

    /// The lines after the first whose `id` is one of `ids`, each with its byte range (no newline).
    private static func lines(holding ids: Set<UInt64>, in journal: [UInt8]) throws(Failure) -> [(id: UInt64, range: Range<Int>)] {
        var found: [(id: UInt64, range: Range<Int>)] = []
        journal.withUnsafeBytes { raw in
            var start = (JournalLine.end(in: raw, from: 0) ?? raw.count) + 1
            while start < raw.count {
                let end = JournalLine.end(in: raw, from: start) ?? raw.count
                let line = UnsafeRawBufferPointer(rebasing: raw[start..<end])
                var id: UInt64?
                try? JournalLine.read(line) { fields in id = fields[.id].flatMap(RecordID.parse) }
                if let id, ids.contains(id) { found.append((id, start..<end)) }
                start = end + 1
            }
        }
        if let missing = ids.first(where: { id in !found.contains { $0.id == id } }) {
            throw .notFound(RecordID.format(missing))
        }
        return found
    }

    /// Whether the line, read as replay reads it, has no text left in `fields`.
    private static func isBlank(_ line: [UInt8], fields: [LineFields.Field]) -> Bool {
        var blank = false
        line.withUnsafeBytes { raw in
            try? JournalLine.read(raw) { values in blank = fields.allSatisfy { values[$0]?.isEmpty ?? true } }
        }
        return blank
    }

    private static func text(_ line: [UInt8], _ member: JSONMembers.Member) -> String {
        String(decoding: line[member.value].dropFirst().dropLast(), as: UTF8.self)
    }
}
