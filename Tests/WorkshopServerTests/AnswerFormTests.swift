import Hummingbird
import Testing
import WorkshopKit
@testable import WorkshopServer

/// What a phone may post, and the one-line reason for everything else.
struct AnswerFormTests {
    func reason(_ result: Result<Submission, RoomRefusal>) -> String? {
        if case let .failure(refusal) = result { return refusal.reason }
        return nil
    }

    @Test func aFormAndTheSameFieldsAsJSONMakeTheSameSubmission() throws {
        let fixture = try RoomFixture()
        let form = try fixture.check("activity=drop-in&answer=4&key=k1&note=a%20note").get()
        let json = try fixture.check(#"{"activity":"drop-in","answer":"4","key":"k1","note":"a note"}"#, json: true).get()
        #expect(form.cell == Cell(activity: "drop-in", persona: "academic", group: "table-1"))
        #expect(form.answer == .level(3))
        #expect(form.note == "a note")
        #expect(form.recordID == json.recordID)
        #expect(try fixture.check("activity=drop-in&answer=%3F&key=k2").get().answer == .unsure)
    }

    @Test func theSameKeyWithAnotherAnswerIsAnotherRecordAndWithTheSameAnswerTheSame() throws {
        let fixture = try RoomFixture()
        let first = try fixture.check("activity=drop-in&answer=4&key=k1").get()
        #expect(try fixture.check("activity=drop-in&answer=4&key=k1").get().recordID == first.recordID)
        #expect(try fixture.check("activity=drop-in&answer=3&key=k1").get().recordID != first.recordID)
        #expect(try fixture.check("activity=drop-in&answer=4&key=k1&note=x").get().recordID != first.recordID)
    }

    @Test func aTableNoLongerInTheSessionOrAClosedSessionTakesNoAnswer() throws {
        let fixture = try RoomFixture()
        #expect(reason(fixture.check("activity=drop-in&answer=4&key=k", group: "table-9"))
            == "this table is no longer in the session; ask the facilitator")
        try fixture.session.record(.close, by: "anna")
        #expect(reason(fixture.check("activity=drop-in&answer=4&key=k")) == "the session is closed; answers are no longer taken")
    }

    @Test func theSameKeyFromAnotherGroupIsAnotherRecord() throws {
        let fixture = try RoomFixture()
        let one = try fixture.check("activity=drop-in&answer=4&key=k1").get()
        let two = try fixture.check("activity=drop-in&answer=4&key=k1", group: "table-2", assigned: "undergraduate").get()
        #expect(one.recordID != two.recordID)
    }

    @Test(arguments: [
        ("activity=nope&answer=4&key=k", "no activity 'nope' in this session"),
        ("activity=drop-in&answer=9&key=k", "'9' is not on the scale 1-5 (1, 2, 3, 4, 5, or ? for unsure)"),
        ("activity=drop-in&answer=4", "the answer has no 'key' field"),
        ("activity=drop-in&answer=4&key=a/b", "'key' must be 1 to 64 letters, digits, '-' or '_'"),
        ("activity=drop-in&answer=4&key=k&persona=undergraduate", "this table plays 'academic', not 'undergraduate'"),
        ("activity=drop-in&answer=4&key=k&criterion=cost", "this session rates no criteria, so 'criterion' must be left out"),
        ("activity=drop-in&answer=4&key=k&note=a%07b", "the note holds control characters; type plain text"),
        ("activity=drop-%1Bin&answer=4&key=k", "no activity 'drop-?in' in this session"),
    ])
    func refusesWithOneLine(body: String, expected: String) throws {
        let fixture = try RoomFixture()
        #expect(reason(fixture.check(body)) == expected)
    }

    @Test func aNoteTooLongOrABodyThatIsNotJSONIsRefused() throws {
        let fixture = try RoomFixture()
        let long = String(repeating: "x", count: AnswerForm.maxNote + 1)
        #expect(reason(fixture.check("activity=drop-in&answer=4&key=k&note=\(long)"))
            == "the note is 1001 characters; keep it to 1000")
        #expect(reason(fixture.check("{not json", json: true)) == "the body is not a JSON object of answer fields")
        #expect(reason(fixture.check(#"{"activity":3,"answer":"4","key":"k"}"#, json: true)) == "'activity' must be text")
    }

    @Test func anUnassignedTableMustNameAPersonaOfThePlan() throws {
        let fixture = try RoomFixture()
        #expect(reason(fixture.check("activity=drop-in&answer=4&key=k", assigned: nil)) == "choose a persona first")
        #expect(reason(fixture.check("activity=drop-in&answer=4&key=k&persona=dean", assigned: nil))
            == "no persona 'dean' in this session")
        let chosen = try fixture.check("activity=drop-in&answer=4&key=k&persona=phd-candidate", assigned: nil).get()
        #expect(chosen.cell.persona == "phd-candidate")
    }

    @Test func aFormsLineBreaksAreKeptAsOne() throws {
        let fixture = try RoomFixture()
        let submission = try fixture.check("activity=drop-in&answer=4&key=k&note=one%0D%0Atwo").get()
        #expect(submission.note == "one\ntwo")
    }
}
