import Foundation
import WorkshopModel

/// The strict reader for any journal line `FastLineParser` declines: escapes, the nested start record,
/// hand-edited spacing. Every value of a known flat key must be text.
package enum SlowLineParser {
    package struct Parsed {
        /// The unescaped flat values, concatenated; `LineFields` point into it.
        package var storage: [UInt8]
        package var ranges: [(LineFields.Field, Int, Int)]
        package var plan: Any?
        package var personas: Any?

        /// Calls `body` with fields that point into `storage`.
        package func withFields<T, Failure: Error>(_ body: (LineFields) throws(Failure) -> T) throws(Failure) -> T {
            try storage.withBytes { (raw) throws(Failure) in
                // With no text fields the storage is empty and the base is never read.
                var fields = LineFields(base: raw.baseAddress ?? UnsafeRawPointer(("" as StaticString).utf8Start))
                for (field, start, count) in ranges { fields.set(field, start: start, count: count) }
                return try body(fields)
            }
        }
    }

    package static func parse(_ line: UnsafeRawBufferPointer) throws(ReplayProblem) -> Parsed {
        // Checked first: JSONSerialization refuses bad UTF-8 too, but without saying where.
        if let column = UTF8Check.firstInvalidColumn(line) { throw .invalidUTF8(column: column) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            throw .notJSON
        }
        guard let dictionary = object as? [String: Any] else { throw .notAnObject }
        var parsed = Parsed(storage: [], ranges: [], plan: dictionary["plan"], personas: dictionary["personas"])
        for (key, value) in dictionary {
            guard let field = LineFields.Field.byKey[key] else { continue }
            // A second start record's `format` is a number; on any other line it is text.
            let number = field == .format ? (value as? NSNumber)?.stringValue : nil
            guard let text = number ?? (value as? String) ?? list(field, value) else { throw .wrongType(key: key) }
            let start = parsed.storage.count
            parsed.storage += Array(text.utf8)
            parsed.ranges.append((field, start, parsed.storage.count - start))
        }
        return parsed
    }

    /// An action's `owners`, a list of text, kept as its JSON (`LineFields.owners(_:)` reads it back);
    /// an empty list as no text at all, so a redacted one reads as blank.
    private static func list(_ field: LineFields.Field, _ value: Any) -> String? {
        guard field == .owners, let texts = value as? [String] else { return nil }
        return texts.isEmpty ? "" : String(decoding: JSONLine.array(texts), as: UTF8.self)
    }
}
