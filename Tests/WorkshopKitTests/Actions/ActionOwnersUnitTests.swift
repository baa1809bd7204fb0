import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// Owners on the journal line and the overdue rule, below the commands (issue 28, item 3).
struct ActionOwnersUnitTests {
    static let hostile = ["Ewan", "Priya \"P\" \\ Šarić", "tab\there", "line\nbreak"]

    @Test func anOwnersListIsEscapedAndReadBackByTheStrictReaderOnly() throws {
        let json = JSONLine.array(Self.hostile)
        #expect(try JSONSerialization.jsonObject(with: Data(json)) as? [String] == Self.hostile)
        #expect(JSONLine.array([]) == Array("[]".utf8))
        var line = JSONLine()
        line.add("type", "action")
        line.addRaw("owners", json: json)
        let bytes = line.finished().dropLast()
        try Array(bytes).withUnsafeBytes { raw in
            // A list is not flat text: the fast reader declines it, the strict one keeps it as its JSON.
            #expect(FastLineParser.parse(raw) == nil)
            try SlowLineParser.parse(raw).withFields { fields in
                let text = try #require(fields.string(.owners))
                #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String] == Self.hostile)
            }
        }
        // Anything but a list of text is the wrong type.
        try Array(#"{"type":"action","owners":[1,2]}"#.utf8).withUnsafeBytes { raw in
            #expect(throws: ReplayProblem.wrongType(key: "owners")) { try SlowLineParser.parse(raw) }
        }
    }

    @Test func ownersSurviveReplayInOrder() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start("action-learning-set", as: "m1")
        try session.record(.action(ActionDraft(text: "share it", owners: Self.hostile)), by: "anna")
        let reopened = try Session.open("m1", root: fixture.root, writable: false).state
        #expect(reopened.actions.first?.owners == Self.hostile && reopened.actions.first?.owner == "Ewan")
        #expect(reopened.actions.first?.isOwned(by: "priya \"p\" \\ šarić") == true)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var due: DueDate?
        var carries: Int
        var closed: Bool
        var day: String
        var overdue: Bool
        var testDescription: String { "\(due?.text ?? "none") carried \(carries) closed \(closed) on \(day)" }
    }

    @Test(arguments: [
        Case(due: .day("2016-03-01"), carries: 1, closed: false, day: "2016-03-23", overdue: true),
        Case(due: .day("2016-03-23"), carries: 1, closed: false, day: "2016-03-23", overdue: false),
        Case(due: .day("2016-03-01"), carries: 1, closed: true, day: "2016-03-23", overdue: false),
        Case(due: nil, carries: 3, closed: false, day: "2016-03-23", overdue: false),
        Case(due: .nextMeeting, carries: 1, closed: false, day: "2016-03-23", overdue: false),
        Case(due: .nextMeeting, carries: 2, closed: false, day: "2016-03-23", overdue: true),
    ])
    func overdueIsOpenAndDueBeforeTheReviewingMeeting(_ test: Case) {
        let review = test.closed ? Action.Review(status: .done, note: nil, at: 0, by: "anna") : nil
        let action = Action(id: 1, number: 1, text: "x", owners: [], due: test.due, activity: nil, persona: nil, prompt: nil,
                            agreedIn: "m1", agreedOn: nil, carries: test.carries, earlierStatus: nil, review: review)
        #expect(action.isOverdue(on: test.day) == test.overdue)
    }
}
