import Foundation
import WorkshopKit

/// Individuals mode (`serve --individuals`): one room link, a number for each phone that opens it,
/// personas in turn when asked; and the rule that keeps tables and individuals apart: a session
/// takes answers from one kind only (`checkMixing`).
extension LiveRoom {
    /// Whether `group` is an individual's (`p-017`), not a table the plan names.
    static func isIndividual(_ group: String, in state: SessionState) -> Bool {
        IndividualToken.number(ofGroup: group) != nil && !state.plan.groups.contains(group)
    }

    /// A session served with `--individuals` must have no answers from tables; one served for
    /// tables, no individuals. Mixed, agreement would weigh one phone as much as a table of five.
    static func checkMixing(_ state: SessionState, individuals: Bool) throws(RoomError) {
        let named = state.plan.groups.filter { IndividualToken.number(ofGroup: $0) != nil }
        if individuals, !named.isEmpty {
            throw .badOption("the plan names groups \(named.joined(separator: ", ")), as individuals' phones are numbered "
                + "(p-001, p-002...); rename them in the plan to serve --individuals, or serve tables")
        }
        if individuals {
            let tables = Set(state.currentAnswers.map { $0.cell.group }).filter { !isIndividual($0, in: state) }.sorted()
            if !tables.isEmpty { throw .mixed(session: state.sessionID, individuals: true, groups: tables) }
        } else {
            let phones = state.activeGroups.filter { isIndividual($0, in: state) }
            if !phones.isEmpty { throw .mixed(session: state.sessionID, individuals: false, groups: phones) }
        }
    }

    /// The tokens for `groups`, with `settings` kept in the file beside them (written only when
    /// they changed).
    static func remember(_ settings: RoomSettings, journal: String, groups: [String]) throws(RoomError) -> RoomTokens {
        var tokens = try RoomTokens.load(journal: journal, groups: groups)
        guard tokens.served != settings else { return tokens }
        tokens.served = settings
        try tokens.write(to: RoomTokens.path(journal: journal))
        return tokens
    }

    /// Starts handing out numbers: past the reservation in the token file and past the highest
    /// individual in the journal.
    func openDoor(_ options: RoomSettings.Individuals, state: SessionState) {
        let phones = state.activeGroups.filter { Self.isIndividual($0, in: state) }
        let highest = phones.compactMap(IndividualToken.number(ofGroup:)).max() ?? 0
        let start = max(tokens.phonesReserved ?? 1, highest + 1)
        let journal = journalPath
        door = IndividualDoor(options: options, secret: IndividualToken.secret(from: tokens.facilitator), start: start,
                              isFull: { [commit] in commit.isFull }) { [fileLock] (upTo: Int) throws(RoomError) in
            fileLock.lock()
            defer { fileLock.unlock() }
            // A token file gone while serving is not made again with no secrets in it: that would
            // leave the next `serve` unable to read it.
            guard var file = try RoomTokens.read(journal: journal) else {
                throw .cannotWrite(path: RoomTokens.path(journal: journal), reason: "it is no longer there; stop and serve again")
            }
            file.phonesReserved = max(file.phonesReserved ?? 0, upTo)
            try file.write(to: RoomTokens.path(journal: journal))
        }
        commit.admitNewcomers(most: options.mostPhones, existing: phones.count)
    }

    /// The persona handed to an individual in turn (`--assign-round-robin`): the plan's personas
    /// in order, by the phone's number.
    func inTurn(_ group: String) -> String? {
        guard let door, door.options.roundRobin, let number = IndividualToken.number(ofGroup: group) else { return nil }
        let personas = gate.rules.plan.personas
        return personas.isEmpty ? nil : personas[(number - 1) % personas.count]
    }

    /// Individuals mode's options, when the room is in it.
    public var individuals: RoomSettings.Individuals? { door?.options }

    /// Whether `token` is this room's room link (`/join/TOKEN`); never in a room of tables.
    func isRoomLink(_ token: String) -> Bool {
        guard door != nil, let join = tokens.join else { return false }
        return RoomTokens.same(token, join)
    }
}
