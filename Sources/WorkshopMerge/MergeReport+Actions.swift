import WorkshopSession

extension MergeReport {
    /// The actions of `merged` known by another number before: by `before`'s (the session merged
    /// into, or merged from with `--as`) for an action it showed, else by the number its own record
    /// holds. An action shown under its number before is not news, so it is not told again.
    static func moved(in merged: SessionState, before: SessionState?) -> [RenumberedAction] {
        let shown = Dictionary((before?.actionBook.actions ?? []).map { ($0.action.id, $0.action.number) }) { _, last in last }
        let book = merged.actionBook
        var told = Set<UInt64>()
        return book.actions.indices.compactMap { index in
            let action = book.actions[index].action
            let was = shown[action.id] ?? book.recorded[index]
            guard was != action.number, told.insert(action.id).inserted else { return nil }
            return RenumberedAction(id: action.id, was: was, wasShownHere: shown[action.id] != nil, number: action.number,
                                    text: action.text)
        }
    }
}
