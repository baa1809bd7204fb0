/// What a new meeting of a series brings in: every action the previous meeting left open (agreed
/// there or carried into it and not closed), so each session holds the actions it reviews and stays
/// self-contained. Only the previous meeting is read: it already carried in everything older.
public struct CarryIn: Sendable {
    /// The meeting the actions come from.
    public var previous: Series.Member
    /// How many actions the series agreed before the new meeting: its numbers continue from here.
    public var actionBase: Int
    /// The open actions, ready to record as `carry` changes (their carry count raised by one).
    public var actions: [Action]

    /// The carry-in for a session of `plan` about to start under `root`; nil when the plan has no
    /// series or the series has no earlier meeting that can be read.
    public static func prepare(for plan: Plan, root: ProjectRoot) -> CarryIn? {
        guard let name = plan.series, let series = Series.all(root: root).first(where: { $0.name == name }) else {
            return nil
        }
        // The previous meeting: the last one on or before the new plan's day (all of them when it has none).
        let earlier = series.members.filter { member in
            guard let day = plan.date, let other = member.date else { return true }
            return other <= day
        }
        guard let previous = earlier.last,
              let state = try? Session.open(previous.session, root: root, writable: false).state
        else { return nil }
        let numbers = state.actionNumbers
        let open = state.actions.filter(\.isOpen).map { action -> Action in
            var carried = action
            carried.carries += 1
            carried.earlierStatus = action.review?.status ?? action.earlierStatus
            carried.review = nil
            return carried
        }
        return CarryIn(previous: previous, actionBase: numbers.before + numbers.here, actions: open)
    }

    /// `4 actions to review from meeting 2 (2016-02-10)`.
    public var summary: String {
        let count = actions.count == 1 ? "1 action" : "\(actions.count) actions"
        return "\(count) to review from meeting \(previous.number)" + (previous.date.map { " (\($0))" } ?? "")
    }
}
