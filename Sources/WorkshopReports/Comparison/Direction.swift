import WorkshopSession
import WorkshopSupport

/// Which way a median moved.
public enum Direction: String, Hashable, Sendable, Codable {
    case up, down, same

    /// The direction of `change`; differences below a billionth are no change.
    public init(_ change: Double) {
        self = change > 1e-9 ? .up : change < -1e-9 ? .down : .same
    }

    /// A change written with its sign: `+1`, `-0.5`, `0`.
    public static func signed(_ change: Double) -> String {
        switch Direction(change) {
        case .up: return "+" + NumberText.rounded(change)
        case .down: return "-" + NumberText.rounded(-change)
        case .same: return "0"
        }
    }

    /// `▲` or `▼` for a change called a trend, `~` for one on too few answers, `=` for none.
    public func mark(called: Bool) -> String {
        switch self {
        case .same: return "="
        case .up: return called ? "▲" : "~"
        case .down: return called ? "▼" : "~"
        }
    }
}
