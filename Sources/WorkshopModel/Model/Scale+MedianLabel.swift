import WorkshopSupport

extension Scale {
    /// Whether any level has words of its own beyond its key (`rag`, `agreement`, a plan's labelled
    /// scale), so a reader is shown labels rather than the ranks the statistics use.
    public static func isLabelled(_ levels: [Level]) -> Bool {
        levels.contains { $0.label != $0.key }
    }

    /// A median on the scale as a reader names it: on a labelled scale the level it lands on
    /// (`Amber`) or, between two levels, both joined by an en dash (`Amber–Green`); on a numeric
    /// scale, or off the ends, the number (`3.5`). With `keys`, the levels' keys stand in for the
    /// labels (`a–g`), for a column too narrow for words. The one place that names a median, so the
    /// terminal, the exports and the report say the same.
    public static func medianLabel(_ median: Double, levels: [Level], keys: Bool = false) -> String {
        let number = NumberText.rounded(median)
        guard isLabelled(levels) else { return number }
        func name(_ level: Level) -> String { keys ? level.key : level.label }
        // Medians are halves of ranks, but a mean of criteria can land anywhere: a tolerance, not ==.
        if let level = levels.first(where: { abs($0.value - median) < 1e-9 }) { return name(level) }
        guard let below = levels.last(where: { $0.value < median }),
              let above = levels.first(where: { $0.value > median })
        else { return number }
        return name(below) + "\u{2013}" + name(above)
    }

    /// `medianLabel(_:levels:keys:)` on this scale's levels.
    public func medianLabel(_ median: Double, keys: Bool = false) -> String {
        Self.medianLabel(median, levels: levels, keys: keys)
    }
}
