/// Rebuilds a session's state from its journal, line by line. The Journal folder knows the lines;
/// this knows what they do to a `SessionState`.
package enum SessionReplay {
    package struct Outcome {
        package var state: SessionState
        /// The byte range of a torn last line (a crash mid-write), to be set aside, if any.
        package var tornTail: Range<Int>?
        /// Where replay started from a checkpoint (the bytes it covered), if it did.
        package var resumedAt: Int? = nil
    }

    /// Replays a whole journal held in memory.
    /// From `aheadFrom` bytes, lines are parsed on a second core (`JournalLines.forEachParsed`) a
    /// `chunk` at a time; tests pass small ones.
    package static func replay(
        _ bytes: JournalBytes, path: String, aheadFrom: Int = JournalLines.parsedAheadFrom, chunk: Int = JournalLines.chunk
    ) throws(JournalError) -> Outcome {
        guard bytes.count > 0 else { throw .empty(path: path) }
        return try bytes.withBytes { (raw) throws(JournalError) in
            try replay(raw, path: path, aheadFrom: aheadFrom, chunk: chunk)
        }
    }

    private static func replay(_ raw: UnsafeRawBufferPointer, path: String, aheadFrom: Int, chunk: Int) throws(JournalError)
        -> Outcome
    {
        // The first line is the start record; a session cannot exist without it.
        guard let firstEnd = JournalLine.end(in: raw, from: 0) else {
            throw .damaged(path: path, line: 1, problem: .notJSON)
        }
        var lines = try Lines(start: UnsafeRawBufferPointer(rebasing: raw[0..<firstEnd]), path: path)
        var start = firstEnd + 1
        if raw.count - start >= aheadFrom {
            lines.reserve(forJournalBytes: raw.count - start)
            let whole = try JournalLines.forEachParsed(in: raw, from: start, chunk: chunk) { (line, fields) throws(JournalError) in
                try lines.take(line, fields: fields)
            }
            if let cut = lines.batchStart { return try unwound(raw, to: cut, path: path, aheadFrom: aheadFrom, chunk: chunk) }
            return Outcome(state: lines.state, tornTail: whole < raw.count ? whole..<raw.count : nil)
        }
        while start < raw.count {
            // A last line with no newline was never acknowledged whole (a crash mid-write): it is
            // torn, never applied, and set aside. A line that ends in its newline was written whole,
            // so if it cannot be replayed it is damaged, last or not.
            guard let end = JournalLine.end(in: raw, from: start) else { break }
            try lines.take(UnsafeRawBufferPointer(rebasing: raw[start..<end]))
            start = end + 1
        }
        if let cut = lines.batchStart { return try unwound(raw, to: cut, path: path, aheadFrom: aheadFrom, chunk: chunk) }
        return Outcome(state: lines.state, tornTail: start < raw.count ? start..<raw.count : nil)
    }

    /// A journal that ends inside a batch (a crash cut a row's one write short): the batch is set
    /// aside whole, like a torn line, and the state is the one before it, so a row is all or none.
    private static func unwound(_ raw: UnsafeRawBufferPointer, to cut: Int, path: String, aheadFrom: Int, chunk: Int)
        throws(JournalError) -> Outcome
    {
        var outcome = try replay(UnsafeRawBufferPointer(rebasing: raw[0..<cut]), path: path, aheadFrom: aheadFrom, chunk: chunk)
        outcome.tornTail = cut..<raw.count
        return outcome
    }

    /// Applies one line after `start`, through the same reader whether replaying or recording.
    package static func apply(_ line: UnsafeRawBufferPointer, to state: inout SessionState) throws(ReplayProblem) {
        try JournalLine.read(line) { (fields) throws(ReplayProblem) in try state.apply(fields) }
    }

    /// A replay under way: the state so far and the number of the last line taken, for errors.
    package struct Lines {
        private(set) var state: SessionState
        private(set) var number: Int
        package let path: String
        /// Where the next line starts in the journal, and where the open batch's head started, if
        /// one is open.
        private(set) var offset: Int
        private(set) var batchStart: Int?

        /// From the journal's first line, the start record.
        package init(start line: UnsafeRawBufferPointer, path: String) throws(JournalError) {
            do throws(ReplayProblem) {
                let record = try StartRecord.parse(line)
                state = SessionState(
                    sessionID: record.session, plan: record.plan, personas: record.personas, at: record.at,
                    by: record.by, format: record.format, writer: record.writer, actionBase: record.actionBase,
                    startID: record.id)
            } catch {
                throw .damaged(path: path, line: 1, problem: error)
            }
            number = 1
            self.path = path
            offset = line.count + 1
        }

        /// From a checkpoint's state, made from the journal's first `lines` lines.
        package init(resuming state: SessionState, after lines: Int, at offset: Int, path: String) {
            self.state = state
            self.offset = offset
            number = lines
            self.path = path
        }

        /// Room for about the entries `bytes` more of journal hold (lines are rarely under 100
        /// bytes). Reserved, not touched: an estimate too high costs address space, not memory.
        package mutating func reserve(forJournalBytes bytes: Int) {
            let entries = min(bytes / 100, 50_000_000)
            state.entries.reserveCapacity(more: entries)
            state.cells.reserveCapacity(moreEntries: entries)
        }

        /// Applies the next line; a blank one is skipped. `fields`, when given, are what the fast
        /// reader made of it already.
        package mutating func take(_ line: UnsafeRawBufferPointer, fields: LineFields? = nil) throws(JournalError) {
            number += 1
            let start = offset
            offset += line.count + 1
            defer {
                if state.openBatch == nil { batchStart = nil } else if batchStart == nil { batchStart = start }
            }
            do throws(ReplayProblem) {
                if let fields {
                    try state.apply(fields)
                } else if !JournalLine.isBlank(line) {
                    try SessionReplay.apply(line, to: &state)
                }
            } catch {
                if case let .newerFormat(_, format, writer) = error {
                    throw .newerVersion(path: path, format: format, writer: writer)
                }
                throw .damaged(path: path, line: number, problem: error)
            }
        }
    }
}
