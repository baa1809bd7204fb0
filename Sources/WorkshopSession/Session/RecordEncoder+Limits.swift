import WorkshopModel

/// Free text over its field's `TextLimit` is refused before a line is made, whichever door the
/// change came through. A carried action is not checked: it repeats what an earlier meeting wrote.
extension RecordEncoder {
    package func refuseOverlongText(in change: Change) throws(SessionError) {
        let overrun: (field: TextLimit.Field, count: Int)?
        switch change {
        case let .answer(_, _, note): overrun = TextLimit.overrun(note, .note)
        case let .note(_, text): overrun = TextLimit.overrun(text, .note)
        case let .review(_, _, note): overrun = TextLimit.overrun(note, .note)
        case let .action(draft):
            overrun = TextLimit.overrun(draft.text, .action) ?? draft.owners.lazy.compactMap { TextLimit.overrun($0, .owner) }.first
        case let .addActivity(activity):
            overrun = TextLimit.overrun(activity.title, .title)
                ?? TextLimit.overrun(activity.description, .description) ?? TextLimit.overrun(activity.stage, .stage)
        case let .idea(draft): overrun = TextLimit.overrun(draft.text, .idea)
        case let .editIdea(_, text, _): overrun = TextLimit.overrun(text, .idea)
        case let .theme(name, _): overrun = TextLimit.overrun(name, .theme)
        case let .renameTheme(_, to, _): overrun = TextLimit.overrun(to, .theme)
        case .withdraw, .addGroup, .undo, .redo, .close, .weight, .carry, .markIdea, .vote, .dots:
            overrun = nil
        }
        if let overrun { throw .tooLong(overrun.field, count: overrun.count) }
    }
}
