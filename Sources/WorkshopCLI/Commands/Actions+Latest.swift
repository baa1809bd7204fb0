import WorkshopKit

extension Workshop {
    /// Refuses to record actions or reviews in a meeting its series has moved on from: the next
    /// meeting already carried in what this one left open, so a late action would never reach it and
    /// its number could repeat there.
    static func requireLatestMeeting(_ session: Session, _ verb: String, context: CommandContext) throws {
        guard let series = WorkshopKit.Series.of(session: session.id, root: context.root),
              let later = series.meeting(after: session.id)
        else { return }
        throw CommandFailure("\(verb): meeting \(later.number) of '\(series.name)' ('\(later.session)') has started since "
            + "'\(session.id)'; record it there, where the open actions now are")
    }
}
