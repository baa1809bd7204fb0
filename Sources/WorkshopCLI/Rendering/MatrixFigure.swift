import WorkshopKit

/// What one cell of the matrix says, before it is laid out: a figure or why there is none, and
/// whether it rests on too little data. Every mark is a character, so it survives without colour.
struct MatrixFigure: Equatable {
    enum Value: Equatable {
        /// No answers at all.
        case none
        /// Only '?' answers.
        case unsure
        /// Answers other than '?', but too few for the statistic at all (consensus on one answer).
        case tooFew(Int)
        /// A number and where it sits between the lowest and highest possible, 0...1.
        case number(Double, share: Double)
        /// Nominal scales: the most common answer (several levels when tied) and its share.
        case mode([Scale.Level], share: Double)
    }

    /// A median on a labelled scale by name: its label (`Amber–Green`) and, for a narrow column,
    /// its keys (`a–g`), both from `Scale.medianLabel`.
    struct Names: Equatable {
        var label: String
        var key: String
    }

    var value: Value
    /// Rests on fewer than `MinimumData.cellValues` answers other than '?'.
    var thin: Bool
    /// Set for a median on a labelled scale: the figure is then shown by name, not by rank.
    var names: Names? = nil

    static let noAnswers = "·", onlyUnsure = "?", thinMark = "*"

    /// What the thin mark means, from the constant the summary uses.
    static var thinMeaning: String {
        MinimumData.cellValues == 2 ? "one answer only" : "fewer than \(MinimumData.cellValues) answers"
    }

    /// The text without a shade: keys for a mode or a named median, or labels when `labels` is set.
    func text(labels: Bool = false) -> String {
        let mark = thin ? Self.thinMark : ""
        switch value {
        case .none: return Self.noAnswers
        case .unsure: return Self.onlyUnsure
        case let .tooFew(values): return "n=\(values)"
        case let .number(number, _):
            guard let names else { return SessionSummary.number(number) + mark }
            return TerminalText.clean(labels ? names.label : names.key) + mark
        case let .mode(levels, share):
            let names = levels.map { TerminalText.clean(labels ? $0.label : $0.key) }
            return names.joined(separator: "/") + " " + Self.percent(share) + mark
        }
    }

    /// Whether the figure is a tie between several answers.
    var isTie: Bool {
        if case let .mode(levels, _) = value { return levels.count > 1 }
        return false
    }

    var isTooFew: Bool {
        if case .tooFew = value { return true }
        return false
    }

    /// `67%`.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
