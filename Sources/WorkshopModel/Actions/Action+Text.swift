extension Action {
    /// `#3 "Start the case study" (owner Ewan, due 2016-03-10)`: how the log and lists name it.
    public var described: String {
        let owned = owners.isEmpty ? nil : (owners.count == 1 ? "owner " : "owners ") + owners.joined(separator: ", ")
        let details = [owned, due.map { "due \($0.text)" }].compactMap { $0 }
        return "\(label) \"\(text)\"" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
    }

    /// `agreed at meeting 1 (2016-02-10), carried twice`: where it came from.
    public func origin(meeting: Int?) -> String {
        let at = meeting.map { "meeting \($0)" } ?? "'\(agreedIn)'"
        let day = agreedOn.map { " (\($0))" } ?? ""
        let carried = carries == 0 ? "" : carries == 1 ? ", carried once" : ", carried \(carries) times"
        return "agreed at \(at)\(day)\(carried)"
    }
}
