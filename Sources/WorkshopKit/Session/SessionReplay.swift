/// Rebuilds a session's state from its journal bytes, line by line. The Journal folder knows the
/// lines; this knows what they do to a `SessionState`.
enum SessionReplay {
    struct Outcome {
        var state: SessionState
        /// The byte range of a torn last line (a crash mid-write), to be set aside, if any.
        var tornTail: Range<Int>?
    }

    static func replay(_ bytes: JournalBytes, path: String) throws(JournalError) -> Outcome {
        guard bytes.count > 0 else { throw .empty(path: path) }
        // withBytes rethrows untyped errors, so the typed error travels out in a Result.
        return try bytes.withBytes { raw in
            Result { () throws(JournalError) -> Outcome in try replay(raw, path: path) }
        }.get()
    }

    private static func replay(_ raw: UnsafeRawBufferPointer, path: String) throws(JournalError) -> Outcome {
        // The first line is the start record; a session cannot exist without it.
        let firstEnd = JournalLine.end(in: raw, from: 0)
        guard let firstEnd else { throw .damaged(path: path, line: 1, problem: .notJSON) }
        var state: SessionState
        do throws(ReplayProblem) {
            let record = try StartRecord.parse(UnsafeRawBufferPointer(rebasing: raw[0..<firstEnd]))
            state = SessionState(
                sessionID: record.session, plan: record.plan, personas: record.personas, at: record.at, by: record.by,
                format: record.format, writer: record.writer, actionBase: record.actionBase, startID: record.id)
        } catch {
            throw .damaged(path: path, line: 1, problem: error)
        }
        var lineNumber = 1
        var start = firstEnd + 1
        while start < raw.count {
            lineNumber += 1
            // A last line with no newline was never acknowledged whole (a crash mid-write): it is
            // torn, never applied, and set aside. A line that ends in its newline was written whole,
            // so if it cannot be replayed it is damaged, last or not.
            guard let end = JournalLine.end(in: raw, from: start) else {
                return Outcome(state: state, tornTail: start..<raw.count)
            }
            let line = UnsafeRawBufferPointer(rebasing: raw[start..<end])
            do throws(ReplayProblem) {
                if !JournalLine.isBlank(line) { try apply(line, to: &state) }
            } catch {
                if case let .newerFormat(_, format, writer) = error {
                    throw .newerVersion(path: path, format: format, writer: writer)
                }
                throw .damaged(path: path, line: lineNumber, problem: error)
            }
            start = end + 1
        }
        return Outcome(state: state, tornTail: nil)
    }

    /// Applies one line after `start`, through the same reader whether replaying or recording.
    static func apply(_ line: UnsafeRawBufferPointer, to state: inout SessionState) throws(ReplayProblem) {
        try JournalLine.read(line) { (fields) throws(ReplayProblem) in try state.apply(fields) }
    }
}
