import Foundation
import WorkshopModel

extension SessionSummary {
    /// The summary as the pretty, key-sorted JSON of docs/SUMMARY-JSON.md, byte for byte what
    /// `JSONEncoder` writes. Everything but the notes goes through the encoder; the notes, most of a
    /// long session's summary, are written by `NotesJSON` into the place the encoder leaves for an
    /// empty list.
    public func jsonBytes() throws -> [UInt8] {
        var rest = self
        rest.notes = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let encoded = [UInt8](try encoder.encode(rest))
        guard !notes.isEmpty else { return encoded }
        return try Self.splice(NotesJSON.array(notes, depth: 1), into: encoded)
    }

    /// The encoder's layout was not the one `NotesJSON` writes into: the notes would be lost.
    public struct NotesNotPlaced: Error, CustomStringConvertible {
        /// The one line printed.
        public var description: String {
            "the summary's JSON has no empty notes list where the notes belong (has JSONEncoder's layout "
                + "changed?); nothing was written"
        }
    }

    /// `notes` put in place of the empty list the encoder wrote under the top-level "notes" key;
    /// throws rather than return a summary without them.
    static func splice(_ notes: [UInt8], into encoded: [UInt8]) throws(NotesNotPlaced) -> [UInt8] {
        let indent = "  "
        // A raw newline never occurs inside a JSON string, so this is the key itself.
        let key = Array("\n\(indent)\"notes\" : ".utf8), empty = key + Array("[\n\n\(indent)]".utf8)
        guard let at = find(empty, in: encoded) else { throw NotesNotPlaced() }
        var bytes = Array(encoded[..<(at + key.count)])
        bytes.reserveCapacity(encoded.count + notes.count)
        bytes += notes
        bytes += encoded[(at + empty.count)...]
        return bytes
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = 0
        while let start = haystack[index...].firstIndex(of: first) {
            guard start + needle.count <= haystack.count else { return nil }
            if haystack[start..<start + needle.count].elementsEqual(needle) { return start }
            index = start + 1
        }
        return nil
    }
}
