/// What the room's screen shows, like a slide deck the facilitator steps through: the matrix, one
/// activity at a time, the coverage board, the highlights, the wall of ideas. Written in links and
/// forms as its id (`matrix`, `activity-drop-in`, `coverage`, `highlights`, `ideas`).
enum ProjectorSlide: Equatable, Sendable {
    case matrix
    case activity(String)
    case coverage
    case highlights
    case ideas

    static let activityPrefix = "activity-"

    /// The slide an id names, given the activities in force; nil for anything else.
    init?(id: String, activities: [String]) {
        switch id {
        case "matrix": self = .matrix
        case "coverage": self = .coverage
        case "highlights": self = .highlights
        case "ideas": self = .ideas
        default:
            guard id.hasPrefix(Self.activityPrefix) else { return nil }
            let activity = String(id.dropFirst(Self.activityPrefix.count))
            guard activities.contains(activity) else { return nil }
            self = .activity(activity)
        }
    }

    var id: String {
        switch self {
        case .matrix: return "matrix"
        case let .activity(activity): return Self.activityPrefix + activity
        case .coverage: return "coverage"
        case .highlights: return "highlights"
        case .ideas: return "ideas"
        }
    }

    /// The deck in the order the arrows step it: the matrix, each activity, coverage, highlights,
    /// and the ideas once the plan asks for some.
    static func deck(activities: [String], ideas: Bool) -> [ProjectorSlide] {
        [.matrix] + activities.map { .activity($0) } + [.coverage, .highlights] + (ideas ? [.ideas] : [])
    }

    /// The slides before and after this one in `deck` (nil at either end).
    func neighbours(in deck: [ProjectorSlide]) -> (previous: ProjectorSlide?, next: ProjectorSlide?) {
        guard let index = deck.firstIndex(of: self) else { return (nil, nil) }
        return (index > 0 ? deck[index - 1] : nil, index + 1 < deck.count ? deck[index + 1] : nil)
    }
}
