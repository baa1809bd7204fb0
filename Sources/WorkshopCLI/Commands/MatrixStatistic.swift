import ArgumentParser
import WorkshopKit

/// What a matrix cell shows when asked for with `--statistic`. Without it, a cell shows the median
/// on an ordered scale and the most common answer on a nominal one.
enum MatrixStatistic: String, CaseIterable, ExpressibleByArgument {
    case median, mean, consensus, count

    /// Whether the statistic needs the scale's levels to be in order.
    var needsOrder: Bool { self != .count }

    /// Refuses a statistic the scale cannot give: a nominal scale's answers have no order, so there
    /// is no median, mean or consensus to show.
    func check(_ scale: Scale) throws {
        guard needsOrder, !scale.isOrdered else { return }
        throw CommandFailure("--statistic \(rawValue): scale '\(TerminalText.clean(scale.name))' is nominal (its answers "
            + "have no order), so it has no \(rawValue); leave out --statistic for each cell's most common answer, "
            + "or use --statistic count")
    }
}
