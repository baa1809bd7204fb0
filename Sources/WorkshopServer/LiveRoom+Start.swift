/// The start of a room from what one `serve` was told, for callers that keep no settings.
extension LiveRoom {
    /// Checks the assignments, loads or makes the tokens, binds and starts serving; returns once
    /// the server listens, or throws (nothing left running) when it cannot. `assignments` and
    /// `hideResults` are what this `serve` was told, and are remembered as such.
    public static func start(
        gate: SessionGate, listen: ListenAddress, assignments: [String: String], hideResults: Bool,
        facilitator: String = "facilitator", arrivals: @escaping @Sendable ([Arrival]) -> Void
    ) throws(RoomError) -> LiveRoom {
        try start(gate: gate, listen: listen, settings: RoomSettings(assignments: assignments, hideResults: hideResults),
                  facilitator: facilitator, arrivals: arrivals)
    }
}
