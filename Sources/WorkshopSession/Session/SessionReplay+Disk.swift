import WorkshopSupport

extension SessionReplay {
    /// Replays the journal open as `fd`, whose first `size` bytes are read: from its checkpoint when
    /// `checkpoints` (the writer, nil for none) allows and one matches, else from the start, a chunk at a time. Writes a new
    /// checkpoint when this replay went far enough past the last one.
    /// From `aheadFrom` bytes to replay, the lines are read and parsed on a second core a `chunk` at
    /// a time (`JournalLines.forEachParsed`); tests pass small ones to run that path on small journals.
    package static func replay(
        fd: Int32, size: Int, path: String, checkpoints: BackgroundWriter?, aheadFrom: Int = JournalLines.parsedAheadFrom,
        chunk: Int = JournalLines.chunk
    ) throws(JournalError) -> Outcome {
        guard size > 0 else { throw .empty(path: path) }
        var lines: Lines
        let from: Int
        var resumedAt: Int?
        // Only the stamp is kept: a second reference to the checkpoint's state would make the first
        // line applied copy every array of it.
        if checkpoints != nil, let kind = RegularFile.otherKind(at: Checkpoint.path(journal: path)) {
            throw .notRegular(path: Checkpoint.path(journal: path), kind: kind)
        }
        if let checkpoints, let (state, stamp) = Checkpoint.load(journal: path, fd: fd, writer: checkpoints) {
            lines = Lines(resuming: state, after: stamp.lines, at: stamp.length, path: path)
            (from, resumedAt) = (stamp.length, stamp.length)
        } else {
            guard let first = try JournalLines.first(in: fd, size: size, path: path) else {
                throw .damaged(path: path, line: 1, problem: .notJSON)
            }
            lines = try first.withBytes { (raw) throws(JournalError) in try Lines(start: raw, path: path) }
            from = first.count + 1
        }
        lines.reserve(forJournalBytes: size - from)
        let whole = size - from >= aheadFrom
            ? try JournalLines.forEachParsed(in: fd, from: from, to: size, path: path, chunk: chunk) {
                (line, fields) throws(JournalError) in try lines.take(line, fields: fields)
            }
            : try JournalLines.forEach(in: fd, from: from, to: size, path: path) { (line) throws(JournalError) in
                try lines.take(line)
            }
        if let cut = lines.batchStart {
            // Ends inside a batch a crash cut short: set aside whole, as the in-memory replay does.
            var outcome = try replay(fd: fd, size: cut, path: path, checkpoints: checkpoints, aheadFrom: aheadFrom, chunk: chunk)
            outcome.tornTail = cut..<size
            return outcome
        }
        let covered = resumedAt ?? 0
        if let checkpoints, whole - covered >= Checkpoint.minimumReplay, lines.state.unblanked.isEmpty {
            checkpoints.saveInBackground(lines.state, journal: path, fd: fd, length: whole, lines: lines.number)
        }
        return Outcome(state: lines.state, tornTail: whole < size ? whole..<size : nil, resumedAt: resumedAt)
    }
}
