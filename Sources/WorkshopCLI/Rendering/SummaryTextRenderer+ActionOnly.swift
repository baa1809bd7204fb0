import WorkshopKit

extension SummaryTextRenderer {
    /// The summary of an action-only meeting: its actions (and notes and ideas, if any), with no empty
    /// matrix, agreement or coverage, since nothing was rated.
    var actionOnly: [String] {
        var lines = [style.bold("\(clean(summary.title)) — session '\(clean(summary.session))'"),
                     "an action-only meeting: no activities to rate"]
        for note in summary.notes { lines.append("  [note] \(clean(note.text))") }
        if summary.ideas != nil { lines += [""] + ideas }
        lines += ["", style.bold("Actions")]
        if summary.actions.isEmpty { lines.append("  none yet: 'action TEXT --owner NAME' records one") }
        for part in summary.actions.parts {
            lines.append("  \(part.title):")
            for entry in part.entries {
                lines.append("    \(clean(entry.heading)): \(clean(entry.standing))")
                if let idea = entry.idea { lines.append("      \(clean(idea.origin))") }
            }
        }
        return lines
    }
}
