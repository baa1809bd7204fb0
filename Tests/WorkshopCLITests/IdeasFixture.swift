import Foundation
import Testing
import WorkshopKit
import WorkshopTestSupport

/// A session with ideas, built through the library with fixed record ids and times so what it
/// exports is the same on every run: 'ideas-room' on the stirling-2015 plan. For 'try-first',
/// five ideas in three themes (Timing, Partners, Online), one hidden, one withdrawn, one redacted,
/// and a closed vote on themes (Timing 3 and Partners 3 tie, Online 1); for 'make-it-work', three
/// unthemed ideas, then one from table-5 for each of `hostile` (3 dots from table-5 on the first),
/// and a closed vote on ideas (4, 2, 1); and an action made from idea %1.
struct IdeasFixture {
    static let session = "ideas-room"
    let copy: ExampleCopy
    /// The record id of each idea by its number.
    private(set) var ids: [Int: UInt64] = [:]

    init(hostile: [String] = []) throws {
        copy = try ExampleCopy()
        let root = ProjectRoot(path: copy.path)
        let project = try Project.load(root: root)
        let plan = try project.plan("stirling-2015")
        let start: Int64 = 1_700_000_000_000
        let session = try Session.start(plan: plan, personas: project.personas(of: plan), root: root, id: Self.session,
                                        by: "anna", at: start)
        var serial: UInt64 = 0
        @discardableResult
        func put(_ change: Change, by person: String = "anna") throws -> UInt64 {
            serial += 1
            let id = 0x1dea_0000_0000_0000 + serial
            _ = try session.record(each: [PendingChange(change: change, person: person, id: id)],
                                   at: start + Int64(serial) * 1000)[0].get()
            return id
        }
        func idea(_ group: String, _ text: String, prompt: String = "try-first", persona: String? = nil,
                  activity: String? = nil) throws -> UInt64 {
            let id = try put(.idea(IdeaDraft(prompt: prompt, group: group, persona: persona, activity: activity, text: text)),
                             by: "phone:\(group)")
            ids[ids.count + 1] = id
            return id
        }
        let freshers = try idea("table-1", "Start in freshers' week", persona: "undergraduate")
        let union = try idea("table-2", "Ask the students' union to co-host", persona: "academic")
        let lunch = try idea("table-3", "Run it at lunchtime, not after lectures")
        let pairs = try idea("table-4", "Pair each School with a named librarian", persona: "phd-candidate")
        let online = try idea("table-5", "Put the booking form on the VLE first", activity: "vle-presence")
        let rude = try idea("table-1", "Something the room agreed to hide")
        let gone = try idea("table-2", "An idea its table took back")
        let named = try idea("table-3", "Ask Dr Jones, she knows everyone")
        try put(.markIdea(rude, .hidden, asGroup: nil))
        try put(.markIdea(gone, .withdrawn, asGroup: "table-2"), by: "phone:table-2")
        try put(.theme("Timing", ideas: [freshers, lunch]))
        try put(.theme("Partners", ideas: [union, pairs, named]))
        try put(.theme("Online", ideas: [online]))
        try put(.vote(Vote(prompt: "try-first", on: .themes, dots: 3)))
        for (group, theme, count) in [("table-1", "Timing", 2), ("table-1", "Online", 1), ("table-2", "Partners", 3),
                                      ("table-3", "Timing", 1)] {
            try put(.dots(group: group, prompt: "try-first", item: .theme(theme), count: count), by: "phone:\(group)")
        }
        try put(.vote(Vote(prompt: "try-first", on: .themes, dots: 3, isOpen: false)))
        let office = try idea("table-1", "Timetable it with the School office", prompt: "make-it-work", activity: "drop-in")
        let cake = try idea("table-2", "Bring cake", prompt: "make-it-work")
        let contact = try idea("table-4", "A named contact on every module page", prompt: "make-it-work")
        var odd: [UInt64] = []
        for text in hostile { odd.append(try idea("table-5", text, prompt: "make-it-work")) }
        try put(.vote(Vote(prompt: "make-it-work", on: .ideas, dots: 3, perItem: 3)))
        for (group, item, count) in [("table-1", office, 2), ("table-1", contact, 1), ("table-2", contact, 3), ("table-3", cake, 1)] {
            try put(.dots(group: group, prompt: "make-it-work", item: .idea(item), count: count), by: "phone:\(group)")
        }
        if let first = odd.first {
            try put(.dots(group: "table-5", prompt: "make-it-work", item: .idea(first), count: 3), by: "phone:table-5")
        }
        try put(.vote(Vote(prompt: "make-it-work", on: .ideas, dots: 3, perItem: 3, isOpen: false)))
        try put(.action(ActionDraft(text: "Run a freshers' week pop-up", owner: "Ewan", idea: freshers)))
        let index = try #require(session.state.entries.firstIndex { $0.id == named })
        try session.redact(index, reason: "names a person", by: "anna", at: start + 900_000)
    }

    /// `workshop ARGUMENTS` in process against this copy.
    func workshop(_ arguments: [String]) throws -> WorkshopProcess.Result {
        try copy.workshop(arguments)
    }
}
