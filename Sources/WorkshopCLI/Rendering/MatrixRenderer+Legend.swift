import WorkshopKit

extension MatrixRenderer {
    /// What the cells mean, then every mark the table uses: on one line when it fits, else the
    /// meaning on one and the marks on the next (wrapped by the caller). `keys`: named medians are
    /// shown by their keys, so the legend says what each key stands for.
    func legend(_ figures: [MatrixFigure], keys: Bool = false) -> [String] {
        let head = "\(clean(summary.title)): \(meaning)"
        var marks = ["\(MatrixFigure.noAnswers) no answers", "\(MatrixFigure.onlyUnsure) only unsure"]
        if figures.contains(where: { $0.thin && !$0.isTooFew }) {
            marks.append("\(MatrixFigure.thinMark) \(MatrixFigure.thinMeaning)")
        }
        if figures.contains(where: \.isTooFew) {
            marks.append("n=1 too few answers for a consensus")
        }
        var parts = [marks.joined(separator: ", ")]
        if showsModes {
            parts.insert(levelKey, at: 0)
            if figures.contains(where: \.isTie) { parts.append("a/b a tie") }
        } else if showsNames {
            if keys { parts.insert(levelKey, at: 0) }
            if figures.contains(where: { $0.names?.key.contains("\u{2013}") == true }) { parts.append("a–b between two answers") }
            if palette != .traffic { parts.append("shade ░▒▓█ low to high") }
        } else {
            parts.append(palette == .traffic ? "R red, A amber, G green" : "shade ░▒▓█ low to high")
        }
        if showsStandings, summary.activities.contains(where: standingBelowMinimum) {
            let share = Int(MinimumData.standingWeightShare * 100)
            parts.append("stand\(MatrixFigure.thinMark) under \(share)% of the persona weight answered, not ranked")
        }
        let key = parts.joined(separator: "; ")
        return TextWidth.columns(head) + TextWidth.columns(key) + 2 <= width ? [head + "; " + key] : [head, key]
    }

    /// What a cell's figure is.
    private var meaning: String {
        let scale = summary.scale
        if showsModes {
            return "most common answer and its share (scale '\(clean(scale.name))' has no order)"
        }
        func describe(_ level: Scale.Level) -> String {
            let value = SessionSummary.number(level.value)
            return clean(level.label == value ? level.label : "\(value) \(level.label)")
        }
        let range = "(\(scale.levels.first.map(describe) ?? "") … \(scale.levels.last.map(describe) ?? ""))"
        switch statistic {
        case .median, nil: return "median answer \(range)"
        case .mean: return "mean answer \(range)"
        case .consensus: return "consensus between groups (0 split … 1 all agree)"
        case .count: return "number of answers"
        }
    }

    /// `e Email, m Meeting, s Social media`: what each key stands for.
    private var levelKey: String {
        summary.scale.levels.map { level in
            clean(level.key == level.label ? level.key : "\(level.key) \(level.label)")
        }.joined(separator: ", ")
    }
}
