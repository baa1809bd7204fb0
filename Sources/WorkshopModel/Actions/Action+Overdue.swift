extension Action {
    /// Still open and due before `day` (`YYYY-MM-DD`): the day of the meeting that reviews it, or
    /// today when it is listed outside a review. An action due "by the next meeting" is overdue once
    /// it has been carried past that meeting: into a second meeting or more, still open.
    ///
    /// The one rule for `actions`, the review walk and the report (`ActionsSummary.Entry.overdue`).
    public func isOverdue(on day: String) -> Bool {
        guard isOpen, let due else { return false }
        switch due {
        case let .day(dueDay): return dueDay < day
        case .nextMeeting: return carries >= 2
        }
    }

    /// The day `isOverdue` measures against when listing: the meeting's own day for an action carried
    /// into it (that meeting reviews it), else `today` (it waits for a meeting not yet held).
    public func reviewDay(meetingDay: String, today: String) -> String {
        isCarried ? meetingDay : today
    }
}
