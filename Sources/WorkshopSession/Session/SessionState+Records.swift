/// Naming one record of the session by its id, as `log --ids` shows them: for `redact`.
extension SessionState {
    /// The entry whose record id is `text` or starts with it: at least four hex digits (the same
    /// rule as an action's id), so a number is never taken for an id.
    public func resolveRecord(_ text: String) throws(SessionError) -> Int {
        let typed = text.lowercased()
        guard (Self.shortestIDPrefix...16).contains(typed.count), typed.allSatisfy(\.isHexDigit),
              let value = UInt64(typed, radix: 16)
        else {
            throw .refused("'\(text)' is not a record id: give at least \(Self.shortestIDPrefix) of its 16 hex digits "
                + "('log --ids' shows them)")
        }
        let shift = UInt64(64 - 4 * typed.count)
        let matches = entries.indices.filter { entries[$0].id >> shift == value }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw .ambiguous(kind: "record id", text: text, candidates: matches.map { RecordID.format(entries[$0].id) })
        }
        if startID >> shift == value {
            throw .refused("record '\(text)' is the session's start record, which holds the plan, not free text")
        }
        throw .unknown(kind: "record", text: text, suggestion: nil, hint: "'log --ids' shows this session's record ids")
    }

    /// The id of the record at `index`.
    public func recordID(_ index: Int) -> UInt64 {
        entries[index].id
    }

    /// The kind of the record at `index`.
    public func recordKind(_ index: Int) -> RecordKind {
        entries[index].kind
    }

    /// A record id cut to the eight hex digits `log --ids` shows: enough to name one record.
    public static func shortID(_ id: UInt64) -> String {
        String(RecordID.format(id).prefix(8))
    }

    /// The short ids of the records `redact` can still take, newest first, for completion.
    public var redactableRecordIDs: [String] {
        entries.indices.reversed().filter { entries[$0].kind.holdsFreeText && !isRedacted($0) }
            .map { Self.shortID(entries[$0].id) }
    }
}
