/// Redaction in memory: a redact record blanks its target's free text however its line reads, so a
/// journal that got the text back (a merge of an old copy) still shows it blank.
extension SessionState {
    /// One redaction as `log` and the undo refusal name it.
    public struct Redaction: Hashable, Sendable {
        /// The kind of the record redacted, e.g. `note`.
        public var kind: RecordKind
        /// The redacted record's id.
        public var target: UInt64
        public var reason: String
        public var by: String
        public var at: Int64
    }

    /// Applies a redact record after checking it names an earlier record with free text.
    package mutating func applyRedaction(_ fields: LineFields, entry: Int32) throws(ReplayProblem) -> Payload {
        let targetText = try text(fields, .target)
        guard let targetID = RecordID.parse(targetText) else { throw .badValue(key: "target", value: targetText) }
        guard let found = entries.lastIndex(where: { $0.id == targetID }) else {
            throw .unknown(kind: "record", id: targetText)
        }
        let kind = entries[found].kind
        guard kind.holdsFreeText else { throw .notRedactable(kind: kind.rawValue, id: targetText) }
        let named = try text(fields, .kind)
        guard named == kind.rawValue else { throw .badValue(key: "kind", value: named) }
        let reason = try text(fields, .reason)
        if blank(Int32(found)) { unblanked.insert(targetID) }
        redactions.append((entry, Int32(found), reason))
        return .redaction(Int32(redactions.count - 1))
    }

    /// Blanks an entry's free text in memory; returns whether it had any.
    private mutating func blank(_ index: Int32) -> Bool {
        let entry = entries[Int(index)]
        switch (entry.kind, entry.payload) {
        case let (.note, .note(note)), let (.answer, .note(note)):
            defer { notes[Int(note)].note.text = "" }
            return !notes[Int(note)].note.text.isEmpty
        case let (.action, .action(action)), let (.carry, .action(action)):
            return actionBook.redact(action: Int(action))
        case let (.review, .review(review)):
            return actionBook.redact(review: Int(review))
        case (.idea, .idea), (.ideaEdit, .idea):
            // An idea goes whole: its first wording and every edit, whichever of them is named.
            guard let idea = ideaID(ofEntry: Int(index)) else { return false }
            var blanked = ideaBoard.redact(idea: idea)
            // An action started from the idea (`action --from-idea`) holds its words too.
            for index in actionBook.actions.indices where actionBook.actions[index].action.idea == idea {
                if actionBook.redact(action: index) { blanked.append(actionBook.actions[index].entry) }
            }
            for entry in blanked { unblanked.insert(entries[Int(entry)].id) }
            return !blanked.isEmpty
        case let (.addActivity, .activity(activity)):
            let position = Int(activity)
            let had = plan.activities[position].title != plan.activities[position].id
                || !plan.activities[position].description.isEmpty
            plan.activities[position].title = plan.activities[position].id
            plan.activities[position].description = ""
            return had
        default:
            return false
        }
    }

    /// Whether the record at `index` still has free text to redact.
    package func holdsText(_ index: Int) -> Bool {
        // Blanking a copy says whether there was anything to blank; redact is rare, the copy cheap enough.
        var copy = self
        return copy.blank(Int32(index))
    }

    /// Every redaction, oldest first.
    public var redactionList: [Redaction] {
        redactions.map { redaction in
            let target = entries[Int(redaction.target)], own = entries[Int(redaction.entry)]
            return Redaction(kind: target.kind, target: target.id, reason: redaction.reason,
                             by: people[Int32(own.by)], at: own.at)
        }
    }

    /// Whether the record at `index` has been redacted.
    public func isRedacted(_ index: Int) -> Bool {
        redactions.contains { $0.target == Int32(index) }
    }

    /// The redaction that stands between `person` and undo: one of theirs newer than what undo
    /// would take back next (or `target`, a change further down for `undo --count`). A redaction
    /// cannot be undone, nor stepped over.
    package func redactionBlockingUndo(for person: String, reaching target: Int32? = nil) -> Redaction? {
        guard let latest = redactions.last(where: { people[Int32(entries[Int($0.entry)].by)] == person }) else { return nil }
        if let candidate = target ?? undoCandidate(for: person), candidate > latest.entry { return nil }
        let target = entries[Int(latest.target)]
        return Redaction(kind: target.kind, target: target.id, reason: latest.reason, by: person,
                         at: entries[Int(latest.entry)].at)
    }
}
