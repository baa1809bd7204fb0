import Foundation
import Testing
import WorkshopTestSupport

/// `serve` at the prompt, in a real terminal: the room runs in the background, a phone's answer is
/// printed above the line being typed without garbling it, the keyboard keeps recording through
/// the same journal, and `serve stop` ends it.
@Suite(.serialized)
struct ServeTerminalTests {
    @Test func arrivalsPrintAboveTheLineBeingTypedAndTheKeyboardKeepsWorking() throws {
        let copy = try ExampleCopy()
        _ = try copy.run(["start", "stirling-2015"])
        let terminal = try TmuxTerminal.prompt(on: copy, opening: "stirling-2015")
        try terminal.send("use undergraduate table-2")
        try terminal.press("Enter")
        try terminal.send("serve --listen 127.0.0.1:0 --no-qr --assign table-1=academic")
        try terminal.press("Enter")
        let screen = try terminal.waitFor("serving in the background")
        let link = try #require(screen.split(separator: "\n").first { $0.hasPrefix("table-1 (plays academic): ") })
            .split(separator: " ").last.map(String.init)
        try terminal.send("score drop-in")
        let status = try PhonePost.send(#"{"activity":"induction","answer":"5","key":"tmux-1"}"#, to: try #require(link) + "/answers")
        #expect(status == 200)
        try terminal.waitFor("phone table-1 · academic: induction 5")
        let lines = try terminal.screen().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.last { !$0.isEmpty }?.hasSuffix("> score drop-in") == true, "the typed text is redrawn whole: \(lines)")
        try terminal.send(" 4")
        try terminal.press("Enter")
        try terminal.waitFor("drop-in · undergraduate · table-2")
        // A table that turns up while serving gets a link of its own.
        try terminal.send("add-group table-9")
        try terminal.press("Enter")
        try terminal.send("serve links --no-qr")
        try terminal.press("Enter")
        try terminal.waitFor("table-9 (chooses a persona on the phone): http://127.0.0.1:")
        // A guided rating waiting for a key does not hold the room: a phone is answered meanwhile.
        try terminal.send("rate undergraduate table-3")
        try terminal.press("Enter")
        try terminal.waitFor(" 1/14 Bring-a-friend appointments › ")
        let whileRating = try PhonePost.send(#"{"activity":"drop-in","answer":"2","key":"tmux-2"}"#, to: link! + "/answers")
        #expect(whileRating == 200)
        try terminal.send("4")
        try terminal.waitFor(" 2/14 ")
        try terminal.press("C-c")
        try terminal.waitFor("rated 1 of 14 for undergraduate · table-3")
        try terminal.send("serve stop")
        try terminal.press("Enter")
        try terminal.waitFor("stopped serving stirling-2015")
        #expect(throws: (any Error).self) { try PhonePost.send("{}", to: link! + "/answers") }
        let journal = try String(contentsOf: copy.journal("stirling-2015"), encoding: .utf8)
        #expect(journal.contains(#""by":"phone:table-1","activity":"induction","persona":"academic","group":"table-1","answer":"5""#))
        #expect(journal.contains(#""by":"anna","activity":"drop-in","persona":"undergraduate","group":"table-2","answer":"4""#))
    }
}

extension ServeTerminalTests {
    /// Several phones answer while half a line is typed: each notice is a line of its own above the
    /// prompt, and the prompt line holds exactly what was typed, nothing appended.
    @Test func arrivalsLeaveTheHalfTypedLineWhole() throws {
        let copy = try ExampleCopy()
        _ = try copy.run(["start", "stirling-2015"])
        let terminal = try TmuxTerminal.prompt(on: copy, opening: "stirling-2015")
        try terminal.send("serve --listen 127.0.0.1:0 --no-qr --assign table-1=academic")
        try terminal.press("Enter")
        let screen = try terminal.waitFor("serving in the background")
        let link = try #require(screen.split(separator: "\n").first { $0.hasPrefix("table-1 (plays academic): ") }?
            .split(separator: " ").last.map(String.init))
        try terminal.send("use undergraduate table-2")
        try terminal.waitFor("stirling-2015> use undergraduate table-2")
        for (number, activity) in ["induction", "drop-in", "consultations"].enumerated() {
            let body = #"{"activity":"\#(activity)","answer":"4","key":"half-\#(number)"}"#
            #expect(try PhonePost.send(body, to: link + "/answers") == 200)
            try terminal.waitFor("phone table-1 · academic: \(activity) 4")
        }
        // The notice and the redrawn line are two writes: on a busy machine a read can fall between
        // them, so read until the line is back (a garbled line never comes back whole).
        var lines: [String] = []
        let deadline = Date().addingTimeInterval(10)
        repeat {
            lines = try terminal.screen().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            if lines.last(where: { !$0.isEmpty }) == "stirling-2015> use undergraduate table-2" { break }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        for activity in ["induction", "drop-in", "consultations"] {
            #expect(lines.contains("phone table-1 · academic: \(activity) 4"), "a notice shares a line: \(lines)")
        }
        #expect(!lines.contains { $0.contains("table-2phone") }, "\(lines)")
        #expect(lines.last { !$0.isEmpty } == "stirling-2015> use undergraduate table-2", "\(lines)")
        try terminal.press("Enter")
        try terminal.waitFor("stirling-2015 undergraduate·table-2> ")
        try terminal.send("serve stop")
        try terminal.press("Enter")
        try terminal.waitFor("stopped serving stirling-2015")
    }
}
