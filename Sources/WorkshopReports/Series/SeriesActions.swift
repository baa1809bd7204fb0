import WorkshopModel
import WorkshopProject
import WorkshopSession

/// Every action of a series as it stands at its latest meeting: an action carried through three
/// meetings is listed once, with its newest review. Reads each meeting's journal.
public struct SeriesActions: Sendable {
    public struct Item: Sendable {
        public var action: Action
        /// The meeting it was last seen at (its latest review, or where it waits to be reviewed).
        public var latest: Series.Member
        /// The meeting number it was agreed at, when that meeting is in the series.
        public var agreedAt: Int?
    }

    public var series: Series
    /// In number order.
    public var items: [Item]

    public init(series: Series, root: ProjectRoot) {
        self.series = series
        var byID: [UInt64: Item] = [:]
        let meetingOf = Dictionary(series.members.map { ($0.session, $0.number) }, uniquingKeysWith: { first, _ in first })
        for member in series.members {
            guard let state = try? Session.open(member.session, root: root, writable: false).state else { continue }
            for action in state.actions {
                byID[action.id] = Item(action: action, latest: member, agreedAt: meetingOf[action.agreedIn])
            }
        }
        items = byID.values.sorted { $0.action.number < $1.action.number }
    }
}
