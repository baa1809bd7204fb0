import Foundation

/// Rebuilds a session from its journal bytes, line by line.
enum JournalReplay {
    struct Outcome {
        var state: SessionState
        /// The byte range of a torn last line (a crash mid-write), to be set aside, if any.
        var tornTail: Range<Int>?
    }

    static func replay(_ bytes: [UInt8], path: String) throws(JournalError) -> Outcome {
        guard !bytes.isEmpty else { throw .empty(path: path) }
        // withUnsafeBytes rethrows untyped errors, so the typed error travels out in a Result.
        return try bytes.withUnsafeBytes { raw in
            Result { () throws(JournalError) -> Outcome in try replay(raw, path: path) }
        }.get()
    }

    private static func replay(_ raw: UnsafeRawBufferPointer, path: String) throws(JournalError) -> Outcome {
        var state: SessionState?
        var lineNumber = 0
        var start = 0
        while start < raw.count {
            lineNumber += 1
            let newline = nextNewline(raw, from: start)
            let end = newline ?? raw.count
            let line = UnsafeRawBufferPointer(rebasing: raw[start..<end])
            let isLast = newline == nil || end + 1 >= raw.count
            do throws(ReplayProblem) {
                // A last line with no newline was never acknowledged whole: set it aside.
                if newline == nil { throw ReplayProblem.notJSON }
                if line.isEmpty || line.allSatisfy({ $0 == 32 || $0 == 13 }) {
                    start = end + 1
                    continue
                }
                if var current = state {
                    state = nil // keep the arrays uniquely referenced while applying
                    try applyLine(line, to: &current)
                    state = current
                } else {
                    let record = try StartRecord.parse(line)
                    state = SessionState(
                        sessionID: record.session, plan: record.plan, personas: record.personas, at: record.at,
                        by: record.by)
                }
            } catch {
                guard isLast, let state else { throw .damaged(path: path, line: lineNumber, problem: error) }
                return Outcome(state: state, tornTail: start..<raw.count)
            }
            start = end + 1
        }
        guard let state else { throw .empty(path: path) }
        return Outcome(state: state, tornTail: nil)
    }

    /// Applies one line after `start`: the fast reader when it can, the strict one otherwise.
    static func applyLine(_ line: UnsafeRawBufferPointer, to state: inout SessionState) throws(ReplayProblem) {
        if let fields = FastLineParser.parse(line) {
            try state.apply(fields)
        } else {
            let parsed = try SlowLineParser.parse(line)
            try parsed.withFields { fields in
                Result { () throws(ReplayProblem) in try state.apply(fields) }
            }.get()
        }
    }

    private static func nextNewline(_ raw: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = raw.baseAddress, start < raw.count,
              let found = memchr(base + start, 0x0a, raw.count - start)
        else { return nil }
        return UnsafeRawPointer(found) - base
    }
}
