import WorkshopProject
import WorkshopSession

/// What the HTML report of a session that belongs to a series adds: the change since the meeting
/// before it, and each cell's median over the meetings up to and including it (so the report of a
/// meeting reads the same after later meetings are held).
public struct SeriesContext: Sendable {
    public var series: String
    /// This session's number in the series.
    public var meeting: Int
    /// The change from the meeting before; nil at the first meeting or when the two cannot be compared.
    public var sincePrevious: SessionComparison?
    /// Why there is no change to show, when there is none.
    public var sincePreviousNote: String?
    /// Why the two meetings are not compared, typed, so a report words it in its language.
    public var sincePreviousError: ComparisonError?
    public var trend: SeriesTrend

    /// The note at a series' first meeting (a report words it in its own language).
    static let firstMeeting = "this is the first meeting of the series"

    /// The context of the session `state` holds, or nil when its plan names no series. Reads the
    /// earlier meetings' journals; throws when one cannot be read.
    public static func make(for state: SessionState, root: ProjectRoot) throws -> SeriesContext? {
        guard let series = Series.of(session: state.sessionID, root: root),
              let member = series.members.first(where: { $0.session == state.sessionID })
        else { return nil }
        let earlier = try SessionMedians.load(series.members(before: state.sessionID).map(\.session), root: root).sessions
        var this = SessionMedians(state: state)
        this.meeting = member.number
        var context = SeriesContext(
            series: series.name, meeting: member.number, sincePrevious: nil, sincePreviousNote: nil,
            trend: try SeriesTrend(series: series.name, sessions: earlier + [this]))
        if let previous = earlier.last {
            do {
                context.sincePrevious = try SessionComparison(from: previous, to: this)
            } catch {
                context.sincePreviousNote = error.description
                context.sincePreviousError = error
            }
        } else {
            context.sincePreviousNote = firstMeeting
        }
        return context
    }
}
