import WorkshopProject
import WorkshopSupport

/// What `series` lists: each series the plans name (or a journal recorded), its meetings so far from
/// the journals' start records, and the plans of it that no session has started yet.
public struct SeriesListing: Sendable {
    /// One series: its recorded meetings in order, then its plans still to come, in date order.
    public struct Entry: Sendable {
        public var name: String
        public var meetings: [Series.Member]
        public var planned: [SeriesPlans.Planned]
    }

    /// By name.
    public var all: [Entry]

    public init(root: ProjectRoot, project: Project) {
        let recorded = Dictionary(Series.all(root: root).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let plans = Dictionary(SeriesPlans.all(in: project).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        all = Set(recorded.keys).union(plans.keys).sorted().map { name in
            let meetings = recorded[name]?.members ?? []
            let started = Set(meetings.map(\.plan))
            return Entry(name: name, meetings: meetings, planned: (plans[name]?.plans ?? []).filter { !started.contains($0.plan) })
        }
    }

    /// The series `name` names: exactly or by a unique prefix.
    public func named(_ name: String) throws(SeriesError) -> Entry {
        switch PrefixMatch(name, among: all.map(\.name)) {
        case let .exact(found), let .unique(found):
            guard let entry = all.first(where: { $0.name == found }) else { throw .unknown(name, available: []) }
            return entry
        case let .ambiguous(matches): throw .ambiguous(name, candidates: matches)
        case .none: throw .unknown(name, available: all.map(\.name))
        }
    }
}
