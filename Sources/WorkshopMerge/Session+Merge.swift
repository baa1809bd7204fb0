#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorkshopModel
import WorkshopProject
import WorkshopSession
import WorkshopSupport

/// Merging: other copies of a session's journal brought in, in one atomic rewrite.
extension Session {
    /// Merges `others` into this session (opened for writing): the merged journal is replayed in
    /// full first, and only a journal that replays replaces this one, in one synced step under the
    /// session's lock (as a redaction does). Memory changes only after. Throws `MergeRefusal` or
    /// `SessionError`, changing nothing.
    @discardableResult
    public func merge(_ others: [MergeJournal], groups: GroupPolicy, by: String = "workshop") throws -> MergeReport {
        guard let journal else { throw SessionError.journal(.readOnlySession(session: id)) }
        let own = try MergeJournal(path: path, bytes: JournalFile.read(path: path))
        let merged = try Self.merged(own, others, groups: groups, session: id, by: by, writingBeside: path)
        guard let beside = merged.beside else { return merged.report }
        do throws(JournalError) {
            try journal.replace(with: beside)
        } catch {
            if let reread = try? SessionReplay.replay(JournalBytes(JournalFile.read(path: path)), path: path) {
                state = reread.state
            }
            throw SessionError.journal(error)
        }
        Checkpoint.remove(journal: path, writer: checkpoints)
        var report = merged.report
        if let newState = merged.state {
            report.renumberedActions = MergeReport.moved(in: newState, before: state)
            state = newState
        }
        return report
    }

    /// Merges this session and `others` into a new session `newID`, leaving this one as it is.
    @discardableResult
    public func merge(
        _ others: [MergeJournal], groups: GroupPolicy, as newID: String, root: ProjectRoot, by: String = "workshop"
    ) throws -> MergeReport
    {
        guard Identifier.isValid(newID) else { throw SessionError.invalidID(Identifier.Invalid(kind: "session", id: newID)) }
        let own = try MergeJournal(path: path, bytes: JournalFile.read(path: path))
        let newPath = Self.journalPath(root: root, id: newID)
        let merged = try Self.merged(own, others, groups: groups, session: newID, by: by, writingBeside: nil)
        do throws(JournalError) {
            _ = try JournalFile.create(
                path: newPath, lockPath: root.join("sessions/.\(newID).lock"), session: newID, firstLine: merged.bytes)
        } catch {
            throw SessionError.journal(error)
        }
        var report = merged.report
        report.added = (merged.state?.recordCount ?? state.recordCount) - state.recordCount - report.recordedRules.count
        report.renumberedActions = merged.state.map { MergeReport.moved(in: $0, before: state) } ?? []
        return report
    }

    /// The git merge driver's three-way merge: `theirs` merged into the file `ours`, replaced in one
    /// synced step. The base adds nothing: a journal only grows, so every base record is in both.
    /// `checkpointOf` is the journal's path in the work tree, whose replay checkpoint goes stale:
    /// removed once `checkpoints` has given up any write to it.
    @discardableResult
    public static func mergeFiles(
        ours: String, theirs: String, groups: GroupPolicy, checkpointOf: String? = nil, checkpoints: BackgroundWriter,
        by: String = "workshop"
    ) throws -> MergeReport
    {
        let own = try MergeJournal(path: ours, bytes: JournalFile.read(path: ours))
        let other = try MergeJournal(path: theirs, bytes: JournalFile.read(path: theirs))
        let merged = try merged(own, [other], groups: groups, session: own.start.session, by: by, writingBeside: ours)
        guard let beside = merged.beside else { return merged.report }  // nothing added: nothing written
        do throws(JournalError) {
            try JournalFile.replaceUnlocked(path: ours, with: beside)
        } catch {
            throw SessionError.journal(error)
        }
        if let checkpointOf { Checkpoint.remove(journal: checkpointOf, writer: checkpoints) }
        return merged.report
    }

    /// The merged bytes, replayed to prove they make a session, with any redacted text an old copy
    /// brought back blanked again. With `writingBeside`, and when the merge changes the journal
    /// there, the bytes are written and synced beside it on another core during the replay (`beside`,
    /// not yet renamed); they are removed if the replay refuses them. A merge into the journal there
    /// that adds nothing is not replayed: nothing changes (`state` nil).
    private static func merged(
        _ own: MergeJournal, _ others: [MergeJournal], groups: GroupPolicy, session: String, by: String,
        writingBeside path: String?
    ) throws -> (bytes: [UInt8], state: SessionState?, report: MergeReport, beside: BesideWrite?) {
        let outcome = try JournalMerge.merge(own, with: others, groups: groups, session: session, by: by)
        var bytes = outcome.bytes
        if path != nil, bytes == own.bytes { return (bytes, nil, outcome.report, nil) }
        var beside = path.flatMap { bytes == own.bytes ? nil : BesideWrite(bytes, beside: $0) }
        let named = others.map(\.path).joined(separator: "', '")
        var state: SessionState
        do throws(JournalError) {
            let replayed = try SessionReplay.replay(JournalBytes(bytes), path: own.path)
            // Only a batch (a row) a crash cut short can leave whole lines torn: never acknowledged,
            // and appended after, it would read as damage.
            if replayed.tornTail != nil { throw JournalError.damaged(path: own.path, line: 0, problem: .badBatch(Self.cutRow)) }
            state = replayed.state
        } catch {
            beside?.discard()
            throw MergeRefusal.wouldNotReplay(path: named, problem: Self.problem(error))
        }
        if !state.unblanked.isEmpty {
            // Rare (an old copy brought a redacted text back): what was written beside is not the journal.
            beside?.discard()
            do throws(JournalBlanker.Failure) {
                bytes = try JournalBlanker.blanking(state.unblanked, in: bytes) ?? bytes
            } catch {
                throw MergeRefusal.wouldNotReplay(path: named, problem: "a redacted record's text cannot be blanked")
            }
            beside = path.flatMap { bytes == own.bytes ? nil : BesideWrite(bytes, beside: $0) }
            state.unblanked.removeAll()
        }
        var report = outcome.report
        report.renumberedActions = MergeReport.moved(in: state, before: nil)  // git's driver: nothing shown before
        return (bytes, state, report, beside)
    }

    private static let cutRow = "it would end inside a row a crash cut short; open the session that copy came from "
        + "for writing once, which sets the row aside, then merge again"

    private static func problem(_ error: JournalError) -> String {
        if case .damaged(_, 0, .badBatch(cutRow)) = error { return cutRow }
        if case let .damaged(_, line, problem) = error { return "line \(line): \(problem)" }
        return error.description
    }
}
