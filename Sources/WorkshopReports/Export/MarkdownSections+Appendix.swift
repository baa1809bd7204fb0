import WorkshopSession

/// The Markdown report's actions (a function of their own, so owners and overdue marks can join
/// them) and its appendix of statistics and method.
extension MarkdownSections {
    /// The actions reviewed, agreed and still open; nothing when there are none.
    var actions: [String] {
        guard !summary.actions.isEmpty else { return [] }
        var lines = ["", "## " + words["report.heading.actions"]]
        for part in summary.actions.parts(words, withOpen: false) {
            lines += ["", "### \(escape(part.title))", ""]
            lines += part.entries.map { entry in
                "- \(escape(entry.heading(words))): \(escape(entry.standing(words)))" + (entry.idea.map { " (\(escape($0.origin(words))))" } ?? "")
            }
        }
        return lines
    }

    /// Agreement, rank stability and the methods, a level below the appendix's heading.
    var appendix: [String] {
        let methods = summary.methods.worded(in: language)
        let sections = agreement + rankStability
            + ["", "## " + words["report.heading.methods"], ""]
            + [methods.minimumData, methods.quantiles, methods.consensus, methods.agreement, methods.otherAgreement, methods.intervals,
               methods.standing, methods.divergence, methods.rankStability, methods.unsure].map { "- " + escape($0) }
        // The sections write their headings at level 2; in the appendix they sit one level down.
        return ["", words["report.findings.appendix_note"]] + sections.map { $0.hasPrefix("## ") ? "#" + $0 : $0 }
    }
}
