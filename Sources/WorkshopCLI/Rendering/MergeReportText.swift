import WorkshopKit

/// What a merge did, as lines for the terminal: what was added and renamed, and what the
/// facilitator should check (cells answered differently on both sides, undos across sides).
enum MergeReportText {
    /// `into` names the new session of `merge --as`.
    static func lines(_ report: MergeReport, others: [String], session: String, into: String? = nil) -> [String] {
        let named = others.map { "'\($0)'" }.joined(separator: ", ")
        var lines: [String] = []
        if let into {
            lines.append("merged session '\(session)' and \(named) into new session '\(into)': "
                + "\(count(report.added, "record")) added to those of '\(session)'")
        } else if report.added == 0 {
            lines.append("nothing to add: every record of \(named) is already in session '\(session)'")
        } else {
            lines.append("merged \(named) into session '\(session)': \(count(report.added, "record")) added")
        }
        for applied in report.appliedRules {
            lines.append("applied \(applied.rule), as the earlier merge of '\(applied.path)' did")
        }
        if !report.addedFromSnapshot.isEmpty {
            lines.append("added from the other plan snapshot: " + report.addedFromSnapshot.joined(separator: ", "))
        }
        if !report.renamedGroups.isEmpty {
            lines.append("groups renamed: " + report.renamedGroups.map { "'\($0.from)' is now '\($0.to)'" }.joined(separator: ", "))
        }
        if !report.differingCells.isEmpty {
            lines.append("\(count(report.differingCells.count, "cell")) answered differently on both sides; "
                + "the later answer stands (later in the merged journal: by time, each journal's own order kept):")
            for cell in report.differingCells {
                lines.append("  \(cell.cell): \(side(cell.standing)) stands over \(side(cell.replaced))")
            }
        }
        for undo in report.crossUndos {
            lines.append("\(undo.kind) \(SessionState.shortID(undo.id)) by \(undo.by) (in '\(undo.path)') takes back "
                + "record \(SessionState.shortID(undo.target)) from the other side")
        }
        if !report.renumberedActions.isEmpty {
            lines.append("actions numbered alike in the copies: the first in the merged journal keeps its number, "
                + "a later one takes the lowest number no record holds:")
            for action in report.renumberedActions {
                lines.append("  #\(action.was) \"\(action.text)\" is now #\(action.number) "
                    + (action.wasShownHere ? "(its number here until this merge)" : "(its number in the copy it came from)"))
            }
        }
        for kept in report.recordedRules {
            lines.append("kept in the journal: merging '\(kept.path)' again applies \(kept.rule), no option needed")
        }
        for path in report.tornTails {
            lines.append("left out the torn last line of '\(path)' (a crash mid-write, never acknowledged)")
        }
        return lines
    }

    private static func side(_ side: MergeReport.Side) -> String {
        "\(side.answer) (\(side.by), \(Timestamp.format(side.at)), '\(side.path)')"
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
