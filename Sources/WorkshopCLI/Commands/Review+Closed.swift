import WorkshopKit

/// What `review` says of an action that is already closed, in one line, recording nothing: one closed
/// at this meeting (reviewing it the same way again is no change; another way needs `undo` first),
/// or one closed at an earlier meeting of the series, which was never carried into this one.
enum ClosedAction {
    /// `#3 "check the policy" is already done at this meeting; nothing recorded`.
    static func here(_ action: WorkshopKit.Action, review: WorkshopKit.Action.Review, asked: ActionStatus) -> String {
        let said = "\(action.label) \"\(action.text)\" is already \(review.status.rawValue) at this meeting"
        return asked == review.status ? said + "; nothing recorded"
            : said + "; nothing recorded ('undo' takes that review back, then review it again)"
    }

    /// `#3 "check the policy" was closed at meeting 1 ('m1'): done; nothing to review`, when `typed`
    /// names (by number or id prefix) an action of the session's series closed at an earlier meeting.
    static func earlier(_ typed: String, session: Session, root: ProjectRoot) -> String? {
        guard let series = WorkshopKit.Series.of(session: session.id, root: root) else { return nil }
        let number = Int(typed.hasPrefix("#") ? String(typed.dropFirst()) : typed)
        let isID = !typed.hasPrefix("#") && typed.count >= SessionState.shortestIDPrefix && typed.allSatisfy(\.isHexDigit)
        let earlier = Set(series.members(before: session.id).map(\.session))
        let closed = SeriesActions(series: series, root: root).items.filter {
            earlier.contains($0.latest.session) && !$0.action.isOpen
        }
        let found = closed.first { item in
            number.map { $0 == item.action.number } == true
                || (isID && RecordID.format(item.action.id).hasPrefix(typed.lowercased()))
        }
        guard let found, let review = found.action.review else { return nil }
        return "\(found.action.label) \"\(found.action.text)\" was closed at meeting \(found.latest.number) ('\(found.latest.session)'): "
            + review.status.rawValue + (review.note.map { " (\($0))" } ?? "") + "; nothing to review"
    }
}
