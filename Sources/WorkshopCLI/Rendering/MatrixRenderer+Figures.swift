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
        let names = showsNames ? MatrixFigure.Names(label: summary.scale.medianLabel(number),
                                                    key: summary.scale.medianLabel(number, keys: true)) : nil
        return MatrixFigure(value: .number(number, share: fraction(number)), thin: statistic != .count && thin, names: names)
    }

    /// Whether medians are shown by name: on a labelled ordered scale, when the cells are medians.
    var showsNames: Bool {
        summary.scale.isOrdered && summary.scale.isLabelled && (statistic == nil || statistic == .median)
    }

    /// Whether a cell's text is words (a nominal answer or a named median), which fit a column only
    /// sometimes, rather than a number.
    var showsWords: Bool { showsModes || showsNames }

    /// A cell's text with its shade (ordered scales), before padding. A named median on a RAG scale
    /// needs no letter: its name says which it is.
    func cellText(_ figure: MatrixFigure, labels: Bool) -> String {
        if showsModes { return figure.text(labels: labels) }
        guard case let .number(_, share) = figure.value else { return " " + figure.text() }
        if figure.names != nil, palette == .traffic { return " " + figure.text(labels: labels) }
        return String(mark(share: share)) + figure.text(labels: labels)
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
