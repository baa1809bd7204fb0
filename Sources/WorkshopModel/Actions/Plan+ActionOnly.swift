extension Plan {
    /// A meeting that only reviews and agrees actions: no activities, so nothing is rated, and the
    /// plan needs no scale or personas (`PlanLoader`).
    public var isActionOnly: Bool { activities.isEmpty }

    /// The scale an action-only plan without one is given: no levels, so nothing can be scored on it.
    public static let noScale = "none"
}
