import Foundation
import Testing
import WorkshopTestSupport

/// Two rooms that each agreed actions are merged: every action keeps a number of its own, the merge
/// says which one moved, and `review` by number reaches the action the list shows under it.
struct MergeActionNumbersTests {
    /// Room A agrees two actions, room B one in between, each numbering its own from #1.
    func twoRooms() throws -> (ExampleCopy, ExampleCopy) {
        let a = try ExampleCopy(), b = try ExampleCopy()
        #expect(try a.workshop(["start", "partnership-review", "--as", "s1"]).status == 0)
        try FileManager.default.copyItem(at: a.journal("s1"), to: b.journal("s1"))
        for (room, words) in [(a, "room A first"), (b, "room B first"), (a, "room A second")] {
            let result = try room.workshop(["action", "s1", words, "--owner", "Ann"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        return (a, b)
    }

    /// `from`'s journal of s1 merged into `into`'s (`--as NEW` among `options`): what the merge printed.
    func merge(_ into: ExampleCopy, _ from: ExampleCopy, _ options: [String] = []) throws -> String {
        let result = try into.workshop(["merge", "s1", from.journal("s1").path] + options)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    func numbers(_ copy: ExampleCopy, _ session: String = "s1") throws -> [String] {
        try copy.workshop(["actions", session]).stdout.split(separator: "\n")
            .compactMap { line in line.firstMatch(of: /^#\d+ "[^"]*"/).map { String($0.output) } }
            .sorted()
    }

    @Test func theLaterNumberOneMovesAndTheMergeSaysSo() throws {
        let (a, b) = try twoRooms()
        let merged = try merge(a, b)
        #expect(merged.contains("actions numbered alike in the copies: the first in the merged journal keeps its number"))
        #expect(merged.contains("  #1 \"room B first\" is now #3 (its number in the copy it came from)"), "\(merged)")
        #expect(try numbers(a) == ["#1 \"room A first\"", "#2 \"room A second\"", "#3 \"room B first\""])
        let next = try a.workshop(["action", "s1", "after the merge"])
        #expect(next.stdout.contains("agreed #4 \"after the merge\""), "\(next.stdout)")
        #expect(try numbers(a).contains("#3 \"room B first\""), "an action agreed after moves nothing")
        let review = try a.workshop(["review", "s1", "3", "done"])
        #expect(review.stdout.contains("reviewed #3 \"room B first\": done"), "\(review.stdout)\(review.stderr)")
        let again = try merge(a, b)
        #expect(again.hasPrefix("nothing to add") && !again.contains("is now"), "\(again)")
    }

    @Test func aNumberShownHereThatALaterMergeMovesIsToldByThatNumber() throws {
        let (a, b) = try twoRooms()
        _ = try merge(a, b)  // room B's #1 is #3 here
        for words in ["room B second", "room B third"] {  // room B, not merged yet, records #2 and #3
            #expect(try b.workshop(["action", "s1", words]).status == 0)
        }
        let again = try merge(a, b)
        #expect(again.contains("  #3 \"room B first\" is now #4 (its number here until this merge)"), "\(again)")
        #expect(again.contains("  #2 \"room B second\" is now #5 (its number in the copy it came from)"), "\(again)")
        #expect(try numbers(a).contains("#3 \"room B third\""), "the first record of #3 holds it")
    }

    @Test func mergedTheOtherWayTheNumbersAreTheSame() throws {
        let (a, b) = try twoRooms()
        let merged = try merge(b, a)
        #expect(merged.contains("  #1 \"room B first\" is now #3 (its number here until this merge)"), "\(merged)")
        #expect(try numbers(b) == ["#1 \"room A first\"", "#2 \"room A second\"", "#3 \"room B first\""])
    }

    @Test func mergedIntoANewSessionTheNumbersAreTheSameAndTold() throws {
        let (a, b) = try twoRooms()
        let merged = try merge(a, b, ["--as", "s2"])
        #expect(merged.contains("  #1 \"room B first\" is now #3 (its number in the copy it came from)"), "\(merged)")
        #expect(try numbers(a, "s2") == ["#1 \"room A first\"", "#2 \"room A second\"", "#3 \"room B first\""])
        #expect(try numbers(a) == ["#1 \"room A first\"", "#2 \"room A second\""], "s1 is left as it was")
    }
}
