import Foundation
import WorkshopKit
@testable import WorkshopServer

/// Ideas, themes and votes written into a room's session as phones and the prompt would write them,
/// for the projector's tests.
extension Session {
    /// Writes an idea from `group` for `prompt` and returns its record id.
    @discardableResult
    func idea(_ group: String, _ text: String, prompt: String = "try-first", persona: String? = nil) throws -> UInt64 {
        let index = try record(.idea(IdeaDraft(prompt: prompt, group: group, persona: persona, text: text)), by: "phone:\(group)")
        return state.entries[index].id
    }

    /// Sets `group`'s dots on `item` in the vote on `prompt`.
    func dots(_ group: String, _ item: VoteItem, _ count: Int, prompt: String = "try-first") throws {
        try record(.dots(group: group, prompt: prompt, item: item, count: count), by: "phone:\(group)")
    }
}

/// The wall the projector tests share: four ideas for `try-first` (one hidden, one withdrawn), two
/// of them in theme "Timing", one idea for `make-it-work`.
struct WallSeed {
    static let hiddenText = "HIDDEN-IDEA name of a student"
    static let withdrawnText = "WITHDRAWN-IDEA never mind"
    let shown: [UInt64]

    init(_ session: Session) throws {
        let a = try session.idea("table-1", "Start in freshers' week", persona: "academic")
        let b = try session.idea("table-2", "Ask the students' union")
        let c = try session.idea("table-3", "Run it at lunchtime")
        let hidden = try session.idea("table-4", Self.hiddenText)
        let withdrawn = try session.idea("table-5", Self.withdrawnText)
        try session.record(.markIdea(hidden, .hidden, asGroup: nil), by: "anna")
        try session.record(.markIdea(withdrawn, .withdrawn, asGroup: "table-5"), by: "phone:table-5")
        try session.record(.theme("Timing", ideas: [a, c]), by: "anna")
        try session.idea("table-1", "Pair each student with a mentor", prompt: "make-it-work")
        shown = [a, b, c]
    }
}
