#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a journal's lines end and how one line becomes fields: the format only. What a line means
/// is up to whoever reads the journal.
package enum JournalLine {
    /// Reads a line's fields, with the fast reader when it can and the strict one otherwise, and
    /// hands them to `body`. Replay calls this for every line, so it is inlined into the caller.
    @inline(__always)
    package static func read(
        _ line: UnsafeRawBufferPointer, _ body: (LineFields) throws(ReplayProblem) -> Void
    ) throws(ReplayProblem) {
        if let fields = FastLineParser.parse(line) {
            try body(fields)
        } else {
            let parsed = try SlowLineParser.parse(line)
            try parsed.withFields(body)
        }
    }

    /// The offset of the newline ending the line that starts at `start`, or nil when the bytes end first.
    package static func end(in raw: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = raw.baseAddress, start < raw.count,
              let found = memchr(base + start, 0x0a, raw.count - start)
        else { return nil }
        return UnsafeRawPointer(found) - base
    }

    /// Whether a line holds only spaces, tabs or a carriage return (skipped, not an error).
    package static func isBlank(_ line: UnsafeRawBufferPointer) -> Bool {
        line.allSatisfy { $0 == 32 || $0 == 13 || $0 == 9 }
    }
}
