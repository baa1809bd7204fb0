import Foundation
import Testing
import WorkshopTestSupport

/// Numbers a facilitator can defend: the same answers give the same figures, intervals included,
/// whatever the session is called and in whatever order the answers arrived.
struct SameAnswersTests {
    /// A room's answers: every table scoring a spread of activities for its persona.
    static let answers: [(activity: String, persona: String, answer: Int, group: String)] = {
        let activities = ["bring-a-friend", "consultations", "drop-in", "embedded-teaching", "vle-presence", "induction"]
        let tables = [("academic", "table-1"), ("academic", "table-2"), ("undergraduate", "table-3"),
                      ("undergraduate", "table-4"), ("phd-candidate", "table-5")]
        var rows: [(String, String, Int, String)] = []
        for (t, (persona, group)) in tables.enumerated() {
            for (a, activity) in activities.enumerated() { rows.append((activity, persona, 1 + (a * 3 + t * 2) % 5, group)) }
        }
        return rows
    }()

    static func script(session: String, reversed: Bool) -> String {
        let rows = reversed ? answers.reversed() : answers
        return rows.map { "score \(session) \($0.activity) \($0.persona) \($0.answer) --group \($0.group)\n" }.joined()
    }

    /// The summary's JSON with the session's own name taken out.
    static func summary(_ copy: ExampleCopy, _ session: String) throws -> String {
        let result = try copy.workshop(["summary", session, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.replacingOccurrences(of: session, with: "SESSION")
    }

    @Test func twoSessionsWithTheSameAnswersInAnotherOrderPrintTheSameSummary() throws {
        let copy = try ExampleCopy()
        for (session, reversed) in [("room-a", false), ("second-room", true)] {
            #expect(try copy.workshop(["start", "stirling-2015", "--as", session]).status == 0)
            let scored = try copy.workshop([], input: Self.script(session: session, reversed: reversed))
            #expect(scored.status == 0, "\(scored.stderr)")
        }
        let first = try Self.summary(copy, "room-a"), second = try Self.summary(copy, "second-room")
        #expect(first.contains("\"medianInterval\"") && first.contains("\"agreementInterval\""))
        #expect(first.contains("\"standingInterval\""))
        let firstLines = first.split(separator: "\n"), secondLines = second.split(separator: "\n")
        #expect(firstLines.count == secondLines.count)
        let differing = zip(firstLines, secondLines).filter { pair in
            pair.0 != pair.1 && !pair.0.contains("\"at\"")
        }
        #expect(differing.isEmpty, "first difference: \(differing.first.map { "\($0.0) | \($0.1)" } ?? "")")
    }
}
