import WorkshopKit

/// The words of a `row` sorted out: the persona, the group, and one answer per item in plan order.
/// On a scale whose keys are one character each a sheet may be typed packed, `34452134`, as a
/// facilitator reads a paper sheet aloud; a word is unpacked only when every character in it is a
/// key, `?` or `-`, so a label (`green`) is still one answer.
struct RowSheet {
    var persona: String
    var group: String
    var answers: [String]

    init(words: [String], state: SessionState, items: RatingItems, context: CommandContext) throws {
        let scale = state.plan.scale
        let unpacked = { (words: ArraySlice<String>) in words.flatMap { Self.unpacked($0, scale) } }
        let isPersona = { (word: String) in (try? state.resolvePersona(word)) != nil }
        let isGroup = { (word: String) in (try? state.resolveGroup(word)) != nil }
        let usage = "row PERSONA GROUP ANSWER..., or the answers alone after 'use PERSONA GROUP'"
        let first = words.first
        // After 'use', the answers alone will do: the whole line is answers, or its first word is no persona.
        if let chosen = context.persona, unpacked(words[...]).count == items.count || !(first.map(isPersona) ?? false) {
            persona = chosen
            try MissingWords(command: "row", group: MissingWords.needsGroup(context.group, state: state))
                .check(groups: state.activeGroups, context: context, usage: usage, groupOption: false)
            group = try state.resolveGroup(context.group)
            answers = unpacked(words[...])
        } else if let first, !isPersona(first), Self.unpacked(first, scale).count > 1 || (try? state.resolveAnswer(first)) != nil {
            // Answers with no persona before them, chosen or typed.
            let group = context.group == nil && state.activeGroups.count != 1
            try MissingWords(command: "row", words: ["the persona"] + (group ? ["the group"] : []))
                .check(groups: state.activeGroups, context: context, usage: usage)
            throw CommandFailure("row: missing the persona; usage: \(usage)")
        } else {
            let groupTyped = words.count > 1 && (isGroup(words[1]) || context.group == nil)
            let missing = ["the persona"].dropFirst(words.count) + (groupTyped || context.group != nil ? [] : ["the group"])
                + (words.count > (groupTyped ? 2 : 1) ? [] : ["the answers"])
            try MissingWords(command: "row", words: Array(missing))
                .check(groups: state.activeGroups, context: context, usage: usage)
            persona = try state.resolvePersona(words[0])
            group = try state.resolveGroup(groupTyped ? words[1] : context.group)
            answers = unpacked(words.dropFirst(groupTyped ? 2 : 1))
        }
        try Self.checkCount(answers, items: items)
    }

    /// A wrong count named by its place: the first answer missing, or the first one too many.
    static func checkCount(_ answers: [String], items: RatingItems) throws(CommandFailure) {
        let plural = items.noun == "activity" ? "activities" : "activities and criteria"
        let given = "row: \(answers.count) answer\(answers.count == 1 ? "" : "s") for \(items.count) \(plural)"
        if answers.count < items.count {
            let next = answers.count
            throw CommandFailure("\(given): answer \(next + 1), for \(items.items[next].label), is missing "
                + "('-' leaves one empty); nothing was recorded")
        }
        if answers.count > items.count {
            throw CommandFailure("\(given): answer \(items.count + 1), '\(answers[items.count])', is one too many; nothing was recorded")
        }
    }

    /// `word` as the answers it packs on a one-key scale, else as itself. A digit off the scale is
    /// unpacked too, so the refusal names its place (`34462134`: answer 4, '6').
    static func unpacked(_ word: String, _ scale: Scale) -> [String] {
        guard word.count > 1, scale.levels.allSatisfy({ $0.key.count == 1 }) else { return [word] }
        let keys = Set(scale.levels.map(\.key) + [Scale.unsureKey, "-"])
        let characters = word.map(String.init)
        return characters.allSatisfy { keys.contains($0) || $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) } ? characters : [word]
    }

    /// The keys a row takes, for its refusals: `1, 2, 3, 4, 5, ? or -`.
    static func keys(_ scale: Scale) -> String {
        (scale.levels.map(\.key) + [Scale.unsureKey]).joined(separator: ", ") + " or -"
    }
}
