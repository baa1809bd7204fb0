import WorkshopKit

extension MatrixRenderer {
    /// What a cell shows: the statistic with criteria averaged, or the most common answer on a
    /// nominal scale, marked when it rests on too little data.
    func figure(activity: SessionSummary.ActivitySummary, persona: String) -> MatrixFigure {
        let cells = cellsByPlace[Place(activity: activity.activity, persona: persona)] ?? []
        let thin = cells.contains { $0.values > 0 && !$0.sufficient }
        let empty = MatrixFigure(value: cells.contains { $0.unsure > 0 } ? .unsure : .none, thin: false)
        if showsModes {
            guard let mode = activity.personaModes?.first(where: { $0.persona == persona }) else { return empty }
            let levels = mode.mode.compactMap { key in summary.scale.levels.first { $0.key == key } }
            return MatrixFigure(value: .mode(levels, share: mode.share), thin: mode.values < MinimumData.cellValues)
        }
        let numbers = cells.compactMap { cell -> Double? in
            switch statistic {
            case .median, nil: return cell.median
            case .mean: return cell.mean ?? cell.median
            case .consensus: return cell.consensus
            case .count: return Double(cell.answers)
            }
        }
        guard !numbers.isEmpty else {
            let values = cells.map(\.values).max() ?? 0
            return values > 0 ? MatrixFigure(value: .tooFew(values), thin: true) : empty
        }
        let number = numbers.reduce(0, +) / Double(numbers.count)
        return MatrixFigure(value: .number(number, share: fraction(number)), thin: statistic != .count && thin)
    }

    /// Where a value sits between the lowest and highest possible, 0...1.
    private func fraction(_ number: Double) -> Double {
        switch statistic {
        case .consensus: return max(0, min(1, number))
        case .count:
            let most = Double(summary.cells.map(\.answers).max() ?? 1)
            return most > 0 ? number / most : 0
        case .median, .mean, nil:
            let low = summary.scale.levels.first?.value ?? 0, high = summary.scale.levels.last?.value ?? 1
            return high > low ? max(0, min(0.999, (number - low) / (high - low))) : 0
        }
    }

    /// The standing as shown: `3.17`, `3.5*` when below the minimum weight share (not ranked), `·`.
    func standingText(_ activity: SessionSummary.ActivitySummary) -> String {
        guard let standing = activity.standing else { return MatrixFigure.noAnswers }
        return SessionSummary.number(standing) + (activity.standingSufficient ? "" : MatrixFigure.thinMark)
    }

    /// Whether a standing exists but is below the minimum, so it is shown marked and not ranked.
    func standingBelowMinimum(_ activity: SessionSummary.ActivitySummary) -> Bool {
        activity.standing != nil && !activity.standingSufficient
    }
}

/// An activity and a persona: a cell of the matrix, all criteria together.
struct Place: Hashable {
    var activity: String
    var persona: String
}
