import WorkshopModel
import WorkshopProject
import WorkshopSession

/// The meetings a series is planned to have: the plans under a root that name it with `series:`,
/// in date order (a plan with no date last, then by id). Read from the plans, so a meeting is known
/// once its plan exists, before any session of it has started; `Series` is what the journals recorded.
public struct SeriesPlans: Hashable, Sendable {
    /// One planned meeting: the plan's id, title and date.
    public struct Planned: Hashable, Sendable {
        public var plan: String
        public var title: String
        public var date: String?
    }

    public var name: String
    public var plans: [Planned]

    /// Every series the project's plans name, by name.
    public static func all(in project: Project) -> [SeriesPlans] {
        let named = project.plans.values.filter { $0.series != nil }
        let byName = Dictionary(grouping: named) { $0.series ?? "" }
        return byName.keys.sorted().map { name in
            let ordered = (byName[name] ?? []).sorted { ($0.date ?? "\u{10FFFF}", $0.id) < ($1.date ?? "\u{10FFFF}", $1.id) }
            return SeriesPlans(name: name, plans: ordered.map { Planned(plan: $0.id, title: $0.title, date: $0.date) })
        }
    }

    /// The day of the first meeting planned after `day` in series `name`, if its plan exists (with a date).
    public static func nextMeetingDay(series name: String, after day: String, in project: Project) -> String? {
        all(in: project).first { $0.name == name }?.plans.compactMap(\.date).first { $0 > day }
    }

    /// The days of every dated meeting planned in the series a session belongs to, in order, from
    /// the plans under `root`; empty when its plan names no series. A project that cannot be read at
    /// all gives none: the calendar then says "not planned yet" rather than refusing the export.
    public static func meetingDays(of state: SessionState, root: ProjectRoot) -> [String] {
        guard let name = state.plan.series, let project = try? Project.load(root: root) else { return [] }
        return all(in: project).first { $0.name == name }?.plans.compactMap(\.date) ?? []
    }
}
