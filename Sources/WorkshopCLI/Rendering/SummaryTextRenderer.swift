import WorkshopKit

/// `summary` for a terminal: highlights first (what the room hears), then the matrix, agreement,
/// divergence, rank stability, coverage, notes, ideas (when the room wrote any), actions and methods.
/// Every figure is shown with the n it rests on, and what rests on too little is marked as the
/// matrix marks it.
struct SummaryTextRenderer {
    let summary: SessionSummary
    let width: Int
    /// Colour on or off, as the command line asked.
    let style: Style

    /// The rendering, every line within `width`.
    var lines: [String] { Wrap.fit(sections, width: width) }

    private var sections: [String] {
        if summary.isActionOnly { return actionOnly }
        var lines = [style.bold("\(clean(summary.title)) — session '\(clean(summary.session))'"), ""]
        lines.append(style.bold("Highlights"))
        lines += summary.highlights.map { "  • " + clean($0) }
        lines.append("")
        lines += MatrixRenderer(summary: summary, width: width, style: style).lines
        lines += [""] + agreement
        if summary.scale.isOrdered {
            lines += [""] + divergence + [""] + rankStability
        } else {
            lines += ["", style.bold("Standings, ranks and divergence"),
                      "  none: scale '\(clean(summary.scale.name))' is nominal, and answers with no order have no "
                          + "median to rank or compare"]
        }
        lines += [""] + coverage
        if !summary.notes.isEmpty {
            lines += ["", style.bold("Notes")]
            for note in summary.notes {
                let place = [note.prompt.map { "prompt \(clean($0))" }, note.activity.map(title), note.persona.map { name($0) },
                             note.group.map(clean)]
                    .compactMap { $0 }.joined(separator: " · ")
                lines.append("  [\(place.isEmpty ? "session" : place)] \(clean(note.text))")
            }
        }
        if summary.ideas != nil { lines += [""] + ideas }
        if !summary.actions.isEmpty {
            lines += ["", style.bold("Actions")]
            for part in summary.actions.parts {
                lines.append("  \(part.title):")
                for entry in part.entries {
                    lines.append("    \(clean(entry.heading)): \(clean(entry.standing))")
                    if let idea = entry.idea { lines.append("      \(clean(idea.origin))") }
                }
            }
        }
        return lines + ["", style.dim(methods)]
    }

    /// The methods in one paragraph, the minimum-data rule included, from the constants the summary uses.
    private var methods: String {
        let values = MinimumData.cellValues
        var text = "Methods: "
        if summary.scale.isOrdered {
            text += "medians and quartiles by R type 7; agreement by Krippendorff's alpha; consensus by Tastle & "
                + "Wierman (2007); standing = weighted mean of persona medians. "
        } else {
            text += "the most common answer and its share per cell (no medians: the scale has no order); agreement by "
                + "Krippendorff's alpha, nominal metric. "
        }
        text += "Minimum data: a cell's figure is a finding with at least \(values) answers other than '?' (below "
            + "that it is marked \(MatrixFigure.thinMark) and never quoted), "
            + (summary.scale.isOrdered ? "consensus needs \(values), " : "")
            + "alpha needs \(MinimumData.alphaUnits) activities each answered by \(MinimumData.pairableValuesPerUnit) groups"
        if summary.scale.isOrdered {
            text += ", and a standing is ranked only when personas holding "
                + "\(Int(MinimumData.standingWeightShare * 100))% of the weight answered"
        }
        return text + ". 'summary --format json' carries every figure and the full methods."
    }

    private var coverage: [String] {
        let coverage = summary.coverage
        let answered = coverage.cells - coverage.emptyCells.count
        let few = coverage.thinCells.count
        let one = summary.cells.filter { $0.values > 0 && !$0.sufficient }.count
        var lines = [style.bold("Coverage"),
                     "  \(answered) of \(coverage.cells) cells have answers; \(few) \(few == 1 ? "has" : "have") fewer than "
                         + "\(coverage.minimumAnswers) answers; \(one) \(one == 1 ? "rests" : "rest") on "
                         + (MinimumData.cellValues == 2 ? "one answer" : "fewer than \(MinimumData.cellValues) answers")
                         + " other than '?' (marked \(MatrixFigure.thinMark))"]
        for owed in coverage.owed {
            lines += Style.wrapList(owed.activities.map(clean), first: "  \(clean(owed.group)) as \(clean(owed.persona)) still owes: ",
                                    indent: 6, width: width)
        }
        return lines
    }

    func title(_ activity: String) -> String {
        clean(summary.activities.first { $0.activity == activity }?.title ?? activity)
    }

    func name(_ persona: String?) -> String {
        guard let persona else { return "—" }
        return clean(summary.personas.first { $0.persona == persona }?.name ?? persona)
    }

    func number(_ value: Double) -> String { SessionSummary.number(value) }

    func clean(_ text: String) -> String { TerminalText.clean(text) }
}
