import WorkshopModel
import WorkshopProject
import WorkshopSession

/// What a new meeting of a series brings in: every action the previous meeting left open (agreed
/// there or carried into it and not closed), so each session holds the actions it reviews and stays
/// self-contained. The previous meeting is the last one on an earlier day (sessions on the same day
/// are parallel rooms, not meetings in turn); it already carried in everything older.
public struct CarryIn: Sendable {
    /// Why the actions could not be carried in. Starting anyway would lose them from the series.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// A meeting's journal could not be read; `reason` stays typed so it is worded where it is printed.
        case unreadable(session: String, meeting: Int, reason: SessionError)

        public var description: String {
            switch self {
            case let .unreadable(session, meeting, reason):
                return "cannot carry the open actions in from meeting \(meeting) ('\(session)'): \(reason)"
            }
        }
    }

    /// The meeting the actions come from.
    public var previous: Series.Member
    /// The highest action number anywhere in the series: the new meeting's numbers continue from it.
    public var actionBase: Int
    /// The open actions, ready to record as `carry` changes (their carry count raised by one).
    public var actions: [Action]

    /// The carry-in for a session of `plan` about to start on `today` under `root`; nil when the plan
    /// has no series or the series has no meeting on an earlier day.
    public static func prepare(for plan: Plan, root: ProjectRoot, today: String) throws(Failure) -> CarryIn? {
        guard let name = plan.series, let series = Series.all(root: root).first(where: { $0.name == name }) else {
            return nil
        }
        let day = plan.date ?? today
        guard let previous = series.members.last(where: { $0.date ?? "" < day }) else { return nil }
        var base = 0
        var open: [Action] = []
        for member in series.members {
            let state: SessionState
            do {
                state = try Session.open(member.session, root: root, writable: false).state
            } catch {
                throw .unreadable(session: member.session, meeting: member.number, reason: error)
            }
            let numbers = state.actionNumbers
            base = max(base, numbers.before + numbers.here, state.actions.map(\.number).max() ?? 0)
            if member.session == previous.session { open = state.actions.filter(\.isOpen) }
        }
        let carried = open.map { action -> Action in
            var carried = action
            carried.carries += 1
            carried.earlierStatus = action.review?.status
            carried.review = nil
            return carried
        }
        return CarryIn(previous: previous, actionBase: base, actions: carried)
    }

    /// `4 actions to review from meeting 2 (2016-02-10)`.
    public var summary: String {
        let count = actions.count == 1 ? "1 action" : "\(actions.count) actions"
        return "\(count) to review from meeting \(previous.number)" + (previous.date.map { " (\($0))" } ?? "")
    }
}
