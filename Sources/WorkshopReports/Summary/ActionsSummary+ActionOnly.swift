extension SessionSummary {
    /// A session of an action-only plan (no activities): there is nothing rated to summarise, only its
    /// actions, notes and ideas, so no matrix, agreement or coverage is shown for it.
    public var isActionOnly: Bool { activities.isEmpty }
}
