import WorkshopKit

extension GroupCommit {
    /// An idea change in a few words for the facilitator's terminal: `idea %7 for 'try-first'`.
    static func worded(_ change: Change, id: UInt64, on wall: IdeaWall) -> String {
        func label(_ idea: UInt64) -> String { wall.idea(idea)?.label ?? "an idea" }
        switch change {
        case let .idea(draft): return "idea \(label(id)) for '\(draft.prompt)'"
        case let .editIdea(idea, _, _): return "edited \(label(idea))"
        case let .markIdea(idea, _, _): return "withdrew \(label(idea))"
        case let .dots(_, prompt, item, count):
            let on: String
            switch item {
            case let .idea(idea): on = label(idea)
            case let .theme(name): on = "'\(name)'"
            }
            return "\(count) dot\(count == 1 ? "" : "s") on \(on) in the vote on '\(prompt)'"
        default: return "a change to its ideas"
        }
    }
}
