import WorkshopSession

/// Why two sessions or a series could not be compared. Nothing is written when one is thrown.
public enum ComparisonError: Error, Hashable, Sendable, CustomStringConvertible {
    case sameSession(String)
    /// Medians on different scales are never put on a common footing.
    case differentScales(from: String, fromScale: String, to: String, toScale: String)
    /// Labels with no order have no medians to compare or follow.
    case unordered(session: String, scale: String)
    /// The two plans have no activity (persona, criterion) in common.
    case nothingShared(kind: String, from: String, fromPlan: String, to: String, toPlan: String)
    /// A session named alone, to be compared with the meeting before it, has none.
    case notInSeries(String)
    case firstMeeting(session: String, series: String)
    /// An activity or persona that no meeting of the series has.
    case unknown(kind: String, text: String, series: String, suggestion: String?, available: [String])
    case ambiguous(kind: String, text: String, candidates: [String])

    public var description: String {
        switch self {
        case let .sameSession(id):
            return "'\(id)' was named twice; compare needs two different sessions"
        case let .differentScales(from, fromScale, to, toScale):
            return "'\(from)' rates on the scale '\(fromScale)' and '\(to)' on '\(toScale)'; medians on different "
                + "scales are not compared"
        case let .unordered(session, scale):
            return "'\(session)' rates on '\(scale)', labels with no order, which have no medians to compare; "
                + "'summary \(session)' shows each cell's most common answer"
        case let .nothingShared(kind, from, fromPlan, to, toPlan):
            let plural = kind == "activity" ? "activities" : kind == "criterion" ? "criteria" : "personas"
            let plans = fromPlan == toPlan ? "plan '\(fromPlan)'" : "plans '\(fromPlan)' and '\(toPlan)'"
            return "'\(from)' and '\(to)' (\(plans)) have no \(plural) in common; there is nothing to compare"
        case let .notInSeries(id):
            return "'\(id)' belongs to no series, so it has no meeting before it; name both sessions: compare OTHER \(id)"
        case let .firstMeeting(id, series):
            return "'\(id)' is the first meeting of series '\(series)'; name both sessions: compare OTHER \(id)"
        case let .unknown(kind, text, series, suggestion, available):
            let hint = suggestion.map { "did you mean '\($0)'?" }
                ?? "\(kind == "activity" ? "activities" : "personas"): \(available.joined(separator: ", "))"
            return "no meeting of series '\(series)' has the \(kind) '\(text)'; \(hint)"
        case let .ambiguous(kind, text, candidates):
            return "\(kind) '\(text)' is ambiguous: \(candidates.joined(separator: ", ")); type more of it"
        }
    }
}
