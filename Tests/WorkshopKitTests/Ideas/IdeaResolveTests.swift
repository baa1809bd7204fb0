import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// An idea typed as `%7`, `7` or a record-id prefix, and a theme by name or prefix, as every command takes them.
struct IdeaResolveTests {
    private func idea(_ session: Session, _ group: String, _ text: String) throws -> UInt64 {
        let index = try session.record(.idea(IdeaDraft(prompt: "try-first", group: group, text: text)), by: "anna")
        return session.state.recordID(index)
    }

    private func message(_ body: () throws -> Any) -> String {
        do { _ = try body(); return "" } catch { return "\(error)" }
    }

    @Test func numbersWithOrWithoutTheSigilAndIDPrefixesNameAnIdea() throws {
        let session = try SessionFixture().start()
        let a = try idea(session, "table-1", "one"), b = try idea(session, "table-2", "two")
        let state = session.state
        #expect(try state.resolveIdea("%1").id == a)
        #expect(try state.resolveIdea("2").id == b)
        #expect(try state.resolveIdea(String(RecordID.format(b).prefix(6))).id == b)
        #expect(try state.resolveIdea(RecordID.format(a).uppercased()).id == a)
        #expect(message { try state.resolveIdea("%3") } == "unknown idea '%3'; ideas here: %1 to %2; 'ideas' lists them")
        // Three hex digits are too few for an id: never taken for one.
        #expect(message { try state.resolveIdea(String(RecordID.format(a).prefix(3))) }.hasPrefix("unknown idea"))
    }

    @Test func aHiddenIdeaIsFoundAndAWithdrawnOneIsRefusedByName() throws {
        let session = try SessionFixture().start()
        let a = try idea(session, "table-1", "one"), b = try idea(session, "table-2", "two")
        try session.record(.markIdea(a, .hidden, asGroup: nil), by: "anna")
        try session.record(.markIdea(b, .withdrawn, asGroup: "table-2"), by: "phone:table-2")
        #expect(try session.state.resolveIdea("%1").isHidden)
        #expect(message { try session.state.resolveIdea("%2") } == "idea %2 was withdrawn by its group; it cannot be changed")
        #expect(message { try session.state.resolveIdea(RecordID.format(b)) }.hasPrefix("unknown idea"))
    }

    @Test func anEmptySessionSaysHowToWriteOne() throws {
        let session = try SessionFixture().start()
        #expect(message { try session.state.resolveIdea("%1") } == "unknown idea '%1'; this session has no ideas yet: 'idea TEXT' writes one")
        #expect(message { try session.state.resolveTheme("Timing") } == "unknown theme 'Timing'; no themes yet: 'theme NAME %3 %7' makes one")
    }

    @Test func themesByNameOrUniquePrefix() throws {
        let session = try SessionFixture().start()
        let a = try idea(session, "table-1", "one"), b = try idea(session, "table-2", "two")
        try session.record(.theme("Timing", ideas: [a]), by: "anna")
        try session.record(.theme("Time off", ideas: [b]), by: "anna")
        #expect(try session.state.resolveTheme("Timing") == "Timing")
        #expect(try session.state.resolveTheme("Time ") == "Time off")
        #expect(message { try session.state.resolveTheme("Tim") } == "theme 'Tim' is ambiguous: Timing, Time off; type more of it")
    }
}
