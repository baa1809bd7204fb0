import WorkshopModel

/// The redact record, and the refusals that keep redaction final.
extension RecordEncoder {
    /// The redact line for the record at entry `index`, checked first: it must hold free text, not
    /// be redacted already, and the reason must say something.
    package func redaction(of index: Int, reason: String, by person: String, at time: Int64) throws(SessionError) -> [UInt8] {
        let kind = state.recordKind(index), id = state.recordID(index)
        let short = SessionState.shortID(id)
        guard kind.holdsFreeText else {
            throw .refused("record \(short) is a '\(kind.rawValue)' record, which holds no free text; "
                + "redact the note, answer, action, review or added activity that holds it")
        }
        if state.isRedacted(index) { throw .refused("record \(short) (\(kind.rawValue)) is already redacted") }
        guard state.holdsText(index) else {
            throw .refused("record \(short) (\(kind.rawValue)) has no text to redact")
        }
        let reason = reason.trimmingWhitespace()
        guard !reason.isEmpty else { throw .refused("a redaction needs a reason, in a few words; nothing was redacted") }
        if let overrun = TextLimit.overrun(reason, .reason) { throw .tooLong(overrun.field, count: overrun.count) }
        var line = JSONLine()
        line.add("type", RecordKind.redact.rawValue)
        line.add("id", RecordID.format(RecordID.random()))
        line.add("at", Timestamp.format(time))
        line.add("by", person)
        line.add("target", RecordID.format(id))
        line.add("kind", kind.rawValue)
        line.add("reason", reason)
        // A kind newer than format 2 names its format, so an older reader can tell it from damage.
        line.add("format", String(RecordKind.redact.introducedIn))
        return line.finished()
    }

    /// Undo takes back one's latest change; when that was a redaction it cannot, and says so.
    package func refuseUndoPastRedaction(by person: String) throws(SessionError) {
        guard let redaction = state.redactionBlockingUndo(for: person) else { return }
        throw .refused("your last change was the redaction of \(redaction.kind.rawValue) "
            + "\(SessionState.shortID(redaction.target)), which cannot be undone: its text is gone from the journal")
    }

    /// `undo --count`: refused before anything is written when one of `targets` (newest first) is
    /// older than a redaction of one's own, naming the first such and how many could be undone.
    package func refuseUndo(of targets: [Int32], by person: String) throws(SessionError) {
        for (position, target) in targets.enumerated() {
            guard let redaction = state.redactionBlockingUndo(for: person, reaching: target) else { continue }
            if position == 0 { try refuseUndoPastRedaction(by: person) }
            throw .refused("change \(position + 1) of the \(targets.count) is older than your redaction of "
                + "\(redaction.kind.rawValue) \(SessionState.shortID(redaction.target)), which cannot be undone "
                + "(its text is gone from the journal); undo at most \(position) now; nothing was changed")
        }
    }
}
