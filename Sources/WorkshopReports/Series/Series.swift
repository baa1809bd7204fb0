import Foundation
import WorkshopModel
import WorkshopProject
import WorkshopSession
import WorkshopSupport

/// The meetings recorded so far of a series: the sessions whose plans name the same `series:`, in
/// meeting order (the plan's date, then the start time, then the id), read from the journals' start
/// records each time, never stored: every session stays a self-contained file. The series itself is
/// what the plans name (`SeriesPlans`, `SeriesListing`), so it is known before its first meeting.
public struct Series: Hashable, Sendable {
    /// One meeting of a series, as its journal's start record tells it.
    public struct Member: Hashable, Sendable {
        public var session: String
        public var plan: String
        public var title: String
        /// The meeting's day, `YYYY-MM-DD`: the plan's date, else the day the session started.
        public var date: String?
        public var startedAt: Int64
        /// 1 for the first meeting of the series.
        public var number: Int
    }

    public var name: String
    public var members: [Member]

    /// Every series under the root, by name; sessions whose plan names none are left out.
    public static func all(root: ProjectRoot) -> [Series] {
        let starts = Session.sessionIDs(root: root).compactMap { SeriesStart.read(root: root, session: $0) }
        let byName = Dictionary(grouping: starts.filter { $0.series != nil }) { $0.series ?? "" }
        return byName.keys.sorted().map { name in
            let ordered = (byName[name] ?? []).sorted { ($0.date ?? "", $0.startedAt, $0.session) < ($1.date ?? "", $1.startedAt, $1.session) }
            let members = ordered.enumerated().map { index, start in
                Member(session: start.session, plan: start.plan, title: start.title, date: start.date,
                       startedAt: start.startedAt, number: index + 1)
            }
            return Series(name: name, members: members)
        }
    }

    /// The series `name` names: exactly or by a unique prefix.
    public static func named(_ name: String, root: ProjectRoot) throws(SeriesError) -> Series {
        let all = all(root: root)
        switch PrefixMatch(name, among: all.map(\.name)) {
        case let .exact(found), let .unique(found):
            guard let series = all.first(where: { $0.name == found }) else { throw .unknown(name, available: []) }
            return series
        case let .ambiguous(matches): throw .ambiguous(name, candidates: matches)
        case .none: throw .unknown(name, available: all.map(\.name))
        }
    }

    /// The series a session belongs to, if its plan names one.
    public static func of(session: String, root: ProjectRoot) -> Series? {
        all(root: root).first { $0.members.contains { $0.session == session } }
    }

    /// The first meeting on a later day than `session`'s, if the series has moved on from it.
    public func meeting(after session: String) -> Member? {
        guard let this = members.first(where: { $0.session == session }) else { return nil }
        return members.first { ($0.date ?? "") > (this.date ?? "") }
    }

    /// The meetings before `session`, oldest first.
    public func members(before session: String) -> [Member] {
        Array(members.prefix { $0.session != session })
    }
}

/// Why a series could not be found.
public enum SeriesError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknown(String, available: [String])
    case ambiguous(String, candidates: [String])

    public var description: String {
        switch self {
        case let .unknown(name, available):
            let list = available.isEmpty ? "no session belongs to one yet; a plan names its series with 'series:'"
                : "series: " + available.joined(separator: ", ")
            return "unknown series '\(name)'; \(list)"
        case let .ambiguous(name, candidates):
            return "series '\(name)' is ambiguous: \(candidates.joined(separator: ", ")); type more of it"
        }
    }
}
