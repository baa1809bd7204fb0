import WorkshopServer

extension ServeText {
    /// What this `serve` works with, kept for the next one: the mode, results hidden or not, the
    /// assignments `--assign` gave (the plan's own are shown with each link).
    static func inForce(_ room: LiveRoom) -> [String] {
        let settings = room.settings
        var lines: [String] = []
        if let individuals = room.individuals {
            let personas = individuals.roundRobin ? "personas given in turn" : "each phone chooses its persona"
            lines.append("in force: individuals (at most \(individuals.mostPhones) phones, \(personas))")
        } else {
            lines.append("in force: tables, a link each")
        }
        lines.append("in force: results " + (settings.hideResults ? "hidden until every group has answered" : "shown as they come"))
        if !settings.assignments.isEmpty {
            let pairs = settings.assignments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
            lines.append("in force: --assign \(pairs)" + (room.individuals == nil ? "" : " (kept for tables; a room of individuals has none)"))
        }
        lines.append("kept for the next serve of this session ('serve --help' says how to turn each off)")
        return lines
    }
}
