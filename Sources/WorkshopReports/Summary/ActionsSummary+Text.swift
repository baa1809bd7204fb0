import WorkshopSession

extension ActionsSummary {
    /// The three parts of the section, titled, each with its actions; empty parts left out.
    public var parts: [(title: String, entries: [Entry])] {
        [("Reviewed this time", reviewed), ("Agreed this time", agreed), ("Still open", open)].filter { !$0.1.isEmpty }
    }
}

extension ActionsSummary.Entry {
    /// `#1 "Start the case study" (owner Ewan, due 2016-03-09)`.
    public var heading: String {
        let details = [owner.map { "owner \($0)" }, due.map { "due \($0)" }].compactMap { $0 }
        return "#\(number) \"\(text)\"" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
    }

    /// `in-progress — the template is with the funder; carried twice`.
    public var standing: String {
        let agreed = "; agreed \(agreedOn ?? "at '\(agreedIn)'")"
        let carried = carries == 0 ? "" : agreed + (carriedTwice ? ", carried \(carries) times ⚑" : "")
        return status + (note.map { " — \($0)" } ?? "") + carried
    }
}

extension ActionsSummary.IdeaSource {
    /// `from idea %7: Start in freshers' week`, or `from idea %7` when its wording is not shown.
    public var origin: String {
        "from idea \(label)" + (text.map { ": \($0)" } ?? "")
    }
}
