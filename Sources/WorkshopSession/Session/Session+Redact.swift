#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorkshopSupport

/// Redaction: the one change that rewrites the journal rather than appending to it.
extension Session {
    /// Removes the free text of the record at entry `index` for good: a redact record (who, when,
    /// why, which record and its kind, never the text) is added, and the record's text is blanked
    /// in place, in one atomic, synced replacement of the journal under the session's lock. Memory
    /// changes only once the new journal is on disk. Returns the redaction's entry index.
    @discardableResult
    public func redact(_ index: Int, reason: String, by person: String, at time: Int64 = Timestamp.now())
        throws(SessionError) -> Int
    {
        guard let journal else { throw .journal(.readOnlySession(session: id)) }
        let line = try RecordEncoder(state: state).redaction(of: index, reason: reason, by: person, at: time)
        // Tried on a copy first: a redaction the rules refuse never reaches the disk.
        var redacted = state
        do throws(ReplayProblem) {
            try line.dropLast().withBytes { (raw) throws(ReplayProblem) in try SessionReplay.apply(raw, to: &redacted) }
        } catch {
            throw .refused("\(error); nothing was redacted")
        }
        // The checkpoint holds the text too: it goes first, and again after, in case a reader wrote
        // one from the old journal in between.
        Checkpoint.remove(journal: path, writer: checkpoints)
        defer { Checkpoint.remove(journal: path, writer: checkpoints) }
        do throws(JournalError) {
            let bytes = try JournalFile.read(path: path)
            // An idea's edits hold its text too: the trial marked every line to blank.
            let ids = redacted.unblanked.union([state.recordID(index)])
            let blanked = try Self.blanked(bytes, ids: ids, path: path) ?? bytes
            try journal.replace(with: blanked + line)
        } catch {
            // Whether the rename happened or not, memory follows what the disk now holds.
            if let reread = try? SessionReplay.replay(JournalBytes(JournalFile.read(path: path)), path: path) {
                state = reread.state
            }
            throw .journal(error)
        }
        state = redacted
        state.unblanked.removeAll()
        return state.recordCount - 1
    }

    /// On opening for writing: a redacted record whose line still holds text (a merge brought an old
    /// copy back, or an edit) is blanked on disk again. Returns what was done, for the open's report.
    package static func reblank(
        _ state: SessionState, journal: JournalFile, path: String, checkpoints: BackgroundWriter
    ) throws(JournalError) -> String? {
        guard !state.unblanked.isEmpty else { return nil }
        let bytes = try JournalFile.read(path: path)
        guard let blanked = try blanked(bytes, ids: state.unblanked, path: path) else { return nil }
        Checkpoint.remove(journal: path, writer: checkpoints)
        try journal.replace(with: blanked)
        let count = state.unblanked.count
        return "blanked again the text of \(count == 1 ? "a redacted record" : "\(count) redacted records") in '\(path)'"
    }

    private static func blanked(_ bytes: [UInt8], ids: Set<UInt64>, path: String) throws(JournalError) -> [UInt8]? {
        do throws(JournalBlanker.Failure) {
            return try JournalBlanker.blanking(ids, in: bytes)
        } catch {
            switch error {
            case let .notFound(id), let .unreadable(id):
                throw .io(path: path, operation: "redact record '\(id)'", code: EIO)
            }
        }
    }
}
