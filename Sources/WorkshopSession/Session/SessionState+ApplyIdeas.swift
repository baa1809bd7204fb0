import WorkshopModel

extension SessionState {
    /// Applies an idea, theme, vote or dot record; returns the entry's payload. Checks what makes the
    /// record mean something (the prompt, group and ideas it names exist); the rules of who may do
    /// what and the limits are the encoder's, at the door, so a merged journal still replays.
    package mutating func applyIdea(_ kind: RecordKind, _ fields: LineFields, entry: Int32, id: UInt64, at: Int64, by: String)
        throws(ReplayProblem) -> Payload
    {
        let event: IdeaEvent
        switch kind {
        case .idea:
            let prompt = try knownPrompt(fields)
            let group = try text(fields, .group)
            guard ids.groups.index(of: group) != nil else { throw .unknown(kind: "group", id: group) }
            let persona = fields.string(.persona)
            if let persona, ids.personas.index(of: persona) == nil { throw .unknown(kind: "persona", id: persona) }
            let activity = fields.string(.activity)
            if let activity, ids.activities.index(of: activity) == nil { throw .unknown(kind: "activity", id: activity) }
            // Empty only when redacted.
            guard let wording = fields.string(.text) else { throw .missing(key: "text") }
            var idea = Idea(id: id, number: ideaBoard.nextNumber, prompt: prompt, group: group, persona: persona,
                            activity: activity, stage: fields.string(.stage), text: wording, at: at, by: by)
            if wording.isEmpty { (idea.text, idea.isRedacted) = (Idea.redactedText, true) }
            event = .idea(idea)
        case .ideaEdit:
            let target = try knownIdea(fields, .target)
            guard let wording = fields.string(.text) else { throw .missing(key: "text") }
            // An edit merged in after its idea was redacted keeps no text, here or on disk.
            if ideaBoard.recorded(target)?.isRedacted == true, !wording.isEmpty { unblanked.insert(id) }
            event = .edit(idea: target, text: ideaBoard.recorded(target)?.isRedacted == true ? "" : wording)
        case .ideaMark:
            let target = try knownIdea(fields, .target)
            let status = try text(fields, .status)
            guard let mark = IdeaMark(rawValue: status) else { throw .badValue(key: "status", value: status) }
            event = .mark(idea: target, mark)
        case .theme:
            let listed = try text(fields, .ideas).split(separator: " ")
            var targets: [UInt64] = []
            for text in listed {
                guard let target = RecordID.parse(String(text)), ideaBoard.recorded(target) != nil else {
                    throw .unknown(kind: "idea", id: String(text))
                }
                targets.append(target)
            }
            event = .theme(name: fields.string(.text).flatMap { $0.isEmpty ? nil : $0 }, ideas: targets)
        case .themeRename:
            event = .renameTheme(from: try text(fields, .from), to: try text(fields, .text))
        case .vote:
            let prompt = try knownPrompt(fields)
            let on = try text(fields, .on)
            guard let items = Vote.Items(rawValue: on) else { throw .badValue(key: "on", value: on) }
            let status = try text(fields, .status)
            guard status == "open" || status == "closed" else { throw .badValue(key: "status", value: status) }
            let most = try fields.string(.most).map { (text) throws(ReplayProblem) in try count(text, key: "most", least: 1) }
            event = .vote(Vote(prompt: prompt, on: items, dots: try count(try text(fields, .count), key: "count", least: 1),
                               perItem: most, hidesCount: fields.string(.hide) == "count", isOpen: status == "open"))
        default:
            let prompt = try knownPrompt(fields)
            let group = try text(fields, .group)
            guard ids.groups.index(of: group) != nil else { throw .unknown(kind: "group", id: group) }
            let item: VoteItem
            if let idea = fields.string(.idea) {
                guard let target = RecordID.parse(idea), ideaBoard.recorded(target) != nil else { throw .unknown(kind: "idea", id: idea) }
                item = .idea(target)
            } else {
                item = .theme(try text(fields, .target))
            }
            event = .dots(group: group, prompt: prompt, item: item, count: try count(try text(fields, .count), key: "count", least: 0))
        }
        return .idea(ideaBoard.add(event, entry: entry))
    }

    private func knownPrompt(_ fields: LineFields) throws(ReplayProblem) -> String {
        let prompt = try text(fields, .prompt)
        guard plan.prompts.contains(where: { $0.id == prompt }) else { throw .unknown(kind: "prompt", id: prompt) }
        return prompt
    }

    private func knownIdea(_ fields: LineFields, _ field: LineFields.Field) throws(ReplayProblem) -> UInt64 {
        let idText = try text(fields, field)
        guard let target = RecordID.parse(idText), ideaBoard.recorded(target) != nil else {
            throw .unknown(kind: "idea", id: idText)
        }
        return target
    }

    private func count(_ text: String, key: String, least: Int) throws(ReplayProblem) -> Int {
        guard let value = Int(text), value >= least, value <= 10_000 else { throw .badValue(key: key, value: text) }
        return value
    }
}
