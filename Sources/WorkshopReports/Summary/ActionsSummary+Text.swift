import WorkshopMessages
import WorkshopSession

extension ActionsSummary {
    /// The three parts of the section, titled, each with its actions; empty parts left out.
    public var parts: [(title: String, entries: [Entry])] { parts(.english) }

    /// The parts titled in `words`' language. A report leaves out "still open" (`withOpen` false):
    /// every open action is already listed, with its status, as reviewed or agreed, and a page read
    /// in two minutes should not show one twice.
    /// Without "still open", an action carried in and not reviewed yet is listed as such, not under
    /// "reviewed this time".
    public func parts(_ words: Messages, withOpen: Bool = true) -> [(title: String, entries: [Entry])] {
        if withOpen {
            return [(words["report.actions.reviewed"], reviewed), (words["report.actions.agreed"], agreed), (words["report.actions.open"], open)]
                .filter { !$0.1.isEmpty }
        }
        let waiting = reviewed.filter { $0.status == Self.toReview }
        return [(words["report.actions.reviewed"], reviewed.filter { $0.status != Self.toReview }), (words["report.actions.agreed"], agreed),
                (words["report.actions.to_review"], waiting)]
            .filter { !$0.1.isEmpty }
    }
}

extension ActionsSummary.Entry {
    /// `#1 "Start the case study" (owner Ewan, due 2016-03-09)`; `owners Ewan, Priya` for several.
    public var heading: String { heading(.english) }

    public func heading(_ words: Messages) -> String {
        let owned = owners.count > 1 ? words["report.actions.owners", ["owners": owners.joined(separator: words["report.list.separator"])]]
            : owner.map { words["report.actions.owner", ["owner": $0]] }
        let details = [owned, due.map { words["report.actions.due", ["due": $0]] }]
            .compactMap { $0 }
        let quoted = words["report.actions.heading", ["number": String(number), "text": text]]
        return quoted + (details.isEmpty ? "" : " (\(details.joined(separator: words["report.list.separator"])))")
    }

    /// `in-progress; overdue — the template is with the funder; carried twice`.
    public var standing: String { standing(.english) }

    /// The standing in `words`' language; English keeps the status as recorded (`in-progress`).
    public func standing(_ words: Messages) -> String {
        let agreed = words["report.actions.agreed_on", ["when": agreedOn ?? words["report.actions.agreed_at", ["meeting": agreedIn]]]]
        let carried = carries == 0 ? "" : agreed + (carriedTwice ? words["report.actions.carried", ["count": String(carries)]] : "")
        let key = "report.actions.status." + status.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        let shown = words.has(key) || Messages.english.has(key) ? words[key] : status
        // Overdue right after the status: the first thing a reader chasing actions looks for.
        let late = overdue ? words["report.actions.overdue"] : ""
        return shown + late + (note.map { " — \($0)" } ?? "") + carried
    }
}

extension ActionsSummary.IdeaSource {
    /// `from idea %7: Start in freshers' week`, or `from idea %7` when its wording is not shown.
    public var origin: String { origin(.english) }

    public func origin(_ words: Messages) -> String {
        words["report.actions.from_idea", ["idea": label]] + (text.map { ": \($0)" } ?? "")
    }
}
