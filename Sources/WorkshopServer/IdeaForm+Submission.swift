import Foundation
import WorkshopKit

/// The submission an idea form stands for from a table, checked against the room as far as a phone
/// can be told apart (an idea it may not see is 404, another table's 403); the rest (length, the
/// count per prompt, the vote's budget) the session's encoder decides at the writer (409).
extension IdeaForm {
    /// A new idea for one of the plan's prompts, in the persona the table plays (if settled).
    func newIdea(group: String, persona: String?, rules: RoomRules, secret: String) throws(RoomRefusal) -> Submission {
        try admit(group: group, rules: rules)
        let prompt = try promptID(in: rules.plan).get()
        let text = try wording().get()
        let activity = self.activity.flatMap { $0.isEmpty ? nil : $0 }
        if let activity, !rules.activities.contains(activity) {
            throw .bad("no activity '\(AnswerForm.shown(activity))' in this session")
        }
        let draft = IdeaDraft(prompt: prompt, group: group, persona: persona, activity: activity, text: text)
        return Submission(group: group, idea: .idea(draft),
                          recordID: recordID(secret: secret, group: group, kind: "idea", [prompt, activity ?? "", text]))
    }

    /// New wording for the table's own idea.
    func edit(_ idea: Idea, group: String, rules: RoomRules, secret: String) throws(RoomRefusal) -> Submission {
        try admit(group: group, rules: rules)
        let text = try wording().get()
        return Submission(group: group, idea: .editIdea(idea.id, text: text, asGroup: group),
                          recordID: recordID(secret: secret, group: group, kind: "edit", [RecordID.format(idea.id), text]))
    }

    /// The table's own idea taken back.
    func withdrawal(_ idea: Idea, group: String, rules: RoomRules, secret: String) throws(RoomRefusal) -> Submission {
        try admit(group: group, rules: rules)
        return Submission(group: group, idea: .markIdea(idea.id, .withdrawn, asGroup: group),
                          recordID: recordID(secret: secret, group: group, kind: "withdraw", [RecordID.format(idea.id)]))
    }

    /// The table's dots on one item of a prompt's vote, set to `count`. An idea the phone cannot
    /// see (hidden, withdrawn, of another prompt, unknown) is 404; a theme is the session's to judge.
    func dots(group: String, wall: IdeaWall, rules: RoomRules, secret: String) throws(RoomRefusal) -> Submission {
        try admit(group: group, rules: rules)
        let prompt = try promptID(in: rules.plan).get()
        guard let item, !item.isEmpty else { throw .bad("the request has no 'item' field") }
        guard let count = count?.value else { throw .bad("the request has no 'count' field") }
        guard count >= 0 else { throw .bad("'count' must be 0 or more dots") }
        let target: VoteItem
        if wall.votes[prompt]?.on == .themes {
            target = .theme(item)
        } else {
            let idea = try Self.seen(item, in: wall)
            guard idea.prompt == prompt else { throw Self.noIdea }
            target = .idea(idea.id)
        }
        return Submission(group: group, idea: .dots(group: group, prompt: prompt, item: target, count: count),
                          recordID: recordID(secret: secret, group: group, kind: "dots", [prompt, item, String(count)]))
    }

    /// Refused before anything else: a bad key, a closed session, a table no longer in it.
    private func admit(group: String, rules: RoomRules) throws(RoomRefusal) {
        if let refusal = AnswerForm.refusal(ofKey: key) { throw refusal }
        if rules.closed { throw RoomRefusal(.conflict, "room.refusal.closed_ideas") }
        guard rules.admits(group) else {
            throw RoomRefusal(.forbidden, "room.refusal.gone")
        }
    }

    static let noIdea = RoomRefusal(.notFound, "room.refusal.no_idea")

    /// The shown idea with this 16-hex id (404 for one a phone may not see).
    static func seen(_ id: String, in wall: IdeaWall) throws(RoomRefusal) -> Idea {
        guard id.utf8.count == 16, let number = RecordID.parse(id), let idea = wall.idea(number), idea.isShown else { throw noIdea }
        return idea
    }

    /// The table's own shown idea with this id: 404 for one it may not see, 403 for another table's.
    static func owned(_ id: String, by group: String, in wall: IdeaWall) throws(RoomRefusal) -> Idea {
        let idea = try seen(id, in: wall)
        guard idea.group == group else {
            throw RoomRefusal(.forbidden, "room.refusal.not_yours", ["label": idea.label, "group": idea.group])
        }
        return idea
    }
}
