import Foundation
import WorkshopModel

/// The journal lines of ideas, themes, votes and dots, and the rules a new one is held to at every
/// door: who may change an idea, how many a group may write, a vote's budget.
extension RecordEncoder {
    package func addIdeaChange(_ change: Change, to line: inout JSONLine) throws(SessionError) {
        let wall = state.ideaWall
        switch change {
        case let .idea(draft):
            try addIdea(draft, wall: wall, to: &line)
        case let .editIdea(id, text, group):
            let idea = try changeable(id, wall: wall, by: group, doing: "edit")
            guard !idea.isRedacted else { throw .refused("idea \(idea.label) was redacted; its text cannot be changed") }
            line.add("target", RecordID.format(id))
            line.add("group", group)
            line.add("text", try wording(text))
        case let .markIdea(id, mark, group):
            let idea = try changeable(id, wall: wall, by: group, doing: mark == .withdrawn ? "withdraw" : mark.rawValue)
            if group != nil, mark != .withdrawn { throw .refused("only the facilitator can hide or show an idea") }
            if mark == .hidden, idea.isHidden { throw .refused("idea \(idea.label) is already hidden") }
            if mark == .shown, !idea.isHidden { throw .refused("idea \(idea.label) is not hidden") }
            line.add("target", RecordID.format(id))
            line.add("group", group)
            line.add("status", mark.rawValue)
        case let .theme(name, ids):
            guard !ids.isEmpty else { throw .refused("name the ideas to put in the theme, e.g. 'theme Timing %3 %7'") }
            for id in ids { _ = try changeable(id, wall: wall, by: nil, doing: "theme") }
            if let name { try themeName(name) }
            // One theme whatever the case it is typed in, at the prompt or on the projector.
            line.add("text", name.map { Self.existing($0, in: wall) ?? $0 } ?? "")
            line.add("ideas", ids.map(RecordID.format).joined(separator: " "))
        case let .renameTheme(typed, to, merging):
            guard let from = Self.existing(typed, in: wall) else {
                throw .unknown(kind: "theme", text: typed, suggestion: nil, hint: Self.themesHint(wall))
            }
            try themeName(to)
            if from == to { throw .refused("theme '\(from)' already has that name") }
            // A rename may change only the case of a name; any other name taken is a merge.
            let target = Self.existing(to, in: wall).flatMap { $0 == from ? nil : $0 }
            if merging, target == nil { throw .unknown(kind: "theme", text: to, suggestion: nil, hint: Self.themesHint(wall)) }
            if !merging, target != nil { throw .refused("theme '\(to)' already exists; 'theme merge \(from) \(to)' puts them together") }
            line.add("from", from)
            line.add("text", target ?? to)
        case let .vote(vote):
            try addVote(vote, wall: wall, to: &line)
        case let .dots(group, prompt, item, count):
            try addDots(group: group, prompt: prompt, item: item, count: count, wall: wall, to: &line)
        default:
            preconditionFailure("not an idea change")
        }
    }

    private func addIdea(_ draft: IdeaDraft, wall: IdeaWall, to line: inout JSONLine) throws(SessionError) {
        guard state.plan.prompts.contains(where: { $0.id == draft.prompt }) else {
            throw .unknown(kind: "prompt", text: draft.prompt, suggestion: nil,
                           hint: "prompts: \(state.plan.prompts.map(\.id).joined(separator: ", "))")
        }
        guard state.activeGroups.contains(draft.group) else {
            throw .unknown(kind: "group", text: draft.group, suggestion: nil, hint: "groups: \(state.activeGroups.joined(separator: ", "))")
        }
        let written = wall.listed(prompt: draft.prompt, hidden: true).filter { $0.group == draft.group }.count
        guard written < Idea.perGroupAndPrompt else {
            throw .refused("\(draft.group) has \(Idea.perGroupAndPrompt) ideas for '\(draft.prompt)', the most a group can write "
                + "for one prompt; edit or withdraw one first")
        }
        line.add("group", draft.group)
        line.add("persona", draft.persona)
        line.add("prompt", draft.prompt)
        line.add("activity", draft.activity)
        line.add("stage", draft.stage)
        line.add("text", try wording(draft.text))
    }

    /// The idea `id`, if `group` (nil: the facilitator) may change it.
    private func changeable(_ id: UInt64, wall: IdeaWall, by group: String?, doing what: String) throws(SessionError) -> Idea {
        guard let idea = wall.idea(id), !idea.isWithdrawn else {
            throw .refused("there is no idea \(RecordID.format(id)) to \(what) (withdrawn, undone or never written)")
        }
        if let group, group != idea.group { throw .refused("idea \(idea.label) is \(idea.group)'s; a group can \(what) only its own") }
        return idea
    }

    private func wording(_ text: String) throws(SessionError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .refused("an idea needs some text") }
        return trimmed
    }

    private func themeName(_ name: String) throws(SessionError) {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw .refused("a theme needs a name") }
        if name.first == Idea.sigil { throw .refused("a theme's name cannot start with '\(Idea.sigil)'; that marks an idea's number") }
    }

    /// The theme named `name` in any case, as it was first written.
    static func existing(_ name: String, in wall: IdeaWall) -> String? {
        wall.allThemes.first { $0 == name } ?? wall.allThemes.first { $0.caseInsensitiveCompare(name) == .orderedSame }
    }

    static func themesHint(_ wall: IdeaWall) -> String {
        wall.allThemes.isEmpty ? "no themes yet: 'theme NAME %3 %7' makes one" : "themes: \(wall.allThemes.joined(separator: ", "))"
    }
}
