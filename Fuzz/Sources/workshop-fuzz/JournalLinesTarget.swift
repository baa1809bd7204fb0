@testable import WorkshopKit
@testable import WorkshopProject
@testable import WorkshopSession
@testable import WorkshopSupport

/// The two journal line readers over one line of arbitrary bytes. Differential: whenever the fast
/// reader returns fields, the strict reader must accept the line and return the same bytes for
/// every field (a line the fast one declines goes to the strict one anyway, so anything goes there
/// but a crash). Round trip: the input as note text, written by the journal's own encoder, must
/// read back unchanged through the path replay takes.
enum JournalLinesTarget: FuzzTarget {
    static let name = "journal-lines"
    static let summary = "FastLineParser and SlowLineParser agree on every line the fast one accepts"

    static func run(_ input: UnsafeRawBufferPointer) {
        if let fast = FastLineParser.parse(input) {
            agree(fast, input)
        } else {
            _ = try? SlowLineParser.parse(input)
        }
        if let text = String(validating: input, as: UTF8.self) {
            roundTrip(text)
        }
    }

    private static func agree(_ fast: LineFields, _ line: UnsafeRawBufferPointer) {
        let strict: SlowLineParser.Parsed
        do {
            strict = try SlowLineParser.parse(line)
        } catch {
            FuzzTargets.fail("the fast reader accepts a line the strict one refuses (\(error)): \(FuzzTargets.show(line))")
        }
        strict.withFields { slow in
            for field in LineFields.Field.allCases {
                let a = fast[field].map(Array.init), b = slow[field].map(Array.init)
                guard a != b else { continue }
                FuzzTargets.fail("the readers disagree on '\(field.key)': fast \(a.map(FuzzTargets.show) ?? "none"), "
                    + "strict \(b.map(FuzzTargets.show) ?? "none"), in \(FuzzTargets.show(line))")
            }
        }
    }

    /// The input as a note's text, written by the journal's own encoder: the strict reader, and the
    /// fast one when it takes the line, must read the very same bytes back.
    private static func roundTrip(_ text: String) {
        var encoder = JSONLine()
        encoder.add("type", "note")
        encoder.add("text", text)
        let line = encoder.finished().dropLast()  // the newline ends the line; readers get what is before it
        line.withUnsafeBytes { raw in
            if let fast = FastLineParser.parse(raw) { expect(text, in: fast, line: raw) }
            do {
                try SlowLineParser.parse(raw).withFields { expect(text, in: $0, line: raw) }
            } catch {
                FuzzTargets.fail("the journal's own line is refused (\(error)): \(FuzzTargets.show(raw))")
            }
        }
    }

    private static func expect(_ text: String, in fields: LineFields, line: UnsafeRawBufferPointer) {
        guard fields.string(.type) == "note", let read = fields[.text], Array(read) == Array(text.utf8) else {
            FuzzTargets.fail("note text \(FuzzTargets.show(text.utf8)) did not survive the journal: "
                + "written as \(FuzzTargets.show(line)), read as \(fields[.text].map(FuzzTargets.show) ?? "none")")
        }
    }
}
