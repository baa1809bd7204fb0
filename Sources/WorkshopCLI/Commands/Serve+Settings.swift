import WorkshopKit
import WorkshopServer

extension Workshop.Serve {
    /// What this `serve` says, over what the last one was told (`RoomTokens.served`), checked: an
    /// option that belongs to the other mode is refused rather than kept unused.
    func settings(remembered: RoomSettings) throws(RoomError) -> RoomSettings {
        let change = RoomSettings.Change(
            assign: try Self.parse(assign), hideResults: hideResults, individuals: mode.map { $0 == .individuals },
            mostPhones: mostPhones, roundRobin: assignRoundRobin)
        let settings = remembered.applying(change)
        if let most = mostPhones, !(1...9_999_999).contains(most) {
            throw .badOption("--most-phones \(most): give a number of phones from 1 to 9999999")
        }
        if settings.individuals == nil, mostPhones != nil || assignRoundRobin != nil {
            throw .badOption("--most-phones and --assign-round-robin apply to a room of individuals; add --individuals")
        }
        if settings.individuals != nil, change.assign.values.contains(where: { $0 != nil }) {
            throw .badOption("--assign gives tables their personas, and a room of individuals has no tables; "
                + "use --assign-round-robin, or --tables to serve tables")
        }
        return settings
    }

    /// `GROUP=PERSONA` pairs (several in one argument, comma-separated); `GROUP=` forgets the
    /// group's kept assignment (nil).
    static func parse(_ pairs: [String]) throws(RoomError) -> [String: String?] {
        var result: [String: String?] = [:]
        for pair in pairs.flatMap({ $0.split(separator: ",").map(String.init) }) {
            let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty else { throw .badAssignment(pair) }
            result[String(parts[0])] = parts[1].isEmpty ? .some(nil) : String(parts[1])
        }
        return result
    }
}
