import WorkshopKit

/// A table that has answered as one persona being scored as another is most often a slip (the
/// wrong `use`, a persona typed for a group), and once written it mixes two personas' answers in
/// one table. So it is asked about at the prompt (y/N, no by default) and refused elsewhere unless
/// `--persona-change` says it is meant. A session with a single group (an action learning set,
/// whose members are its personas) and a group that has already played several are not held.
/// Phones in the live room are held to their persona by the room's own writer, not here.
enum PersonaChange {
    /// The persona the plan gives `group`, else the one it has answered as so far, when it is held to it.
    static func played(by group: String, state: SessionState) -> String? {
        if let assigned = state.plan.groupPersonas[group] { return assigned }
        guard state.activeGroups.count > 1 else { return nil }
        let personas = Set(state.currentAnswers.lazy.filter { $0.cell.group == group }.map(\.cell.persona))
        return personas.count == 1 ? personas.first : nil
    }

    /// Whether to record `persona` for `group`: yes when it plays no other, when `allowed`, or when
    /// the facilitator says y at a terminal. Refused with the flag to give in batch mode and at the shell.
    /// `answered`: a cell of this persona and group already has an answer, so the group has played it
    /// (and the scan of every answer is saved, on a journal of a million).
    static func confirm(persona: String, group: String, state: SessionState, allowed: Bool, answered: Bool = false,
                        context: CommandContext) throws -> Bool {
        guard !allowed, !answered, let plays = played(by: group, state: state), plays != persona else { return true }
        let how = state.plan.groupPersonas[group] == nil ? "has answered as \(plays) so far" : "plays \(plays) in the plan"
        let what = TerminalText.clean("\(group) \(how), not \(persona)")
        guard context.atPrompt, context.terminal.inputIsTerminal else {
            throw CommandFailure("\(what); add --persona-change to record it as \(TerminalText.clean(persona)) anyway")
        }
        context.console.write("\(what); record as \(TerminalText.clean(persona))? [y/N] ")
        let key = Terminal.withSingleKeys { context.terminal.readByte() }
        let yes = key == UInt8(ascii: "y") || key == UInt8(ascii: "Y")
        context.console.write(yes ? "y\n" : "n\n")
        if !yes { context.console.out("nothing recorded") }
        return yes
    }
}
