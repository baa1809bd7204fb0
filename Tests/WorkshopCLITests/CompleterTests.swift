import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI
@testable import WorkshopKit

struct CompleterTests {
    let copy: ExampleCopy
    let context: ShellContext

    init() throws {
        copy = try ExampleCopy()
        _ = try copy.run(["start", "stirling-2015"])
        context = ShellContext(root: ProjectRoot(path: copy.path))
    }

    func complete(_ before: String, _ word: String, open: Bool = true) throws -> Completer.Result {
        if open, context.session == nil {
            context.session = try Session.open("stirling-2015", root: context.root, writable: false)
        }
        return Completer(context: context).complete(before: before, word: word)
    }

    @Test func commandsAtTheStart() throws {
        #expect(try complete("", "s", open: false) == .words(["start", "score", "status", "summary"]))
        #expect(try complete("", "q", open: false) == .words(["quit"]))
        #expect(try complete("help ", "wi", open: false) == .words(["withdraw"]))
    }

    @Test func sessionsBeforeOneIsOpenThenIDsOfTheOpenSession() throws {
        #expect(try complete("score ", "st", open: false) == .words(["stirling-2015"]))
        #expect(try complete("open ", "", open: false) == .words(["demo-2015", "stirling-2015"]))
        #expect(try complete("start ", "p", open: false) == .words(["partnership-review"]))
        #expect(try complete("score ", "dr") == .words(["drop-in"]))
        #expect(try complete("score drop-in ", "ph") == .words(["phd-candidate"]))
        #expect(try complete("score drop-in phd-candidate ", "") == .words(["1", "2", "3", "4", "5", "?"]))
    }

    @Test func aWordOfATitleCompletesToItsActivity() throws {
        #expect(try complete("score ", "caf") == .words(["research-cafes"]))
        #expect(try complete("sc ", "frien") == .words(["bring-a-friend"]))
    }

    @Test func optionsAndTheirValues() throws {
        #expect(try complete("score drop-in phd 4 ", "--g") == .words(["--group"]))
        #expect(try complete("score drop-in phd 4 --group ", "table-1") == .words(["table-1"]))
        #expect(try complete("score drop-in phd 4 -g ", "") == .words(["table-1", "table-2", "table-3", "table-4", "table-5"]))
        #expect(try complete("note x --prompt ", "") == .words(["try-first", "make-it-work"]))
        #expect(try complete("use ", "gr") == .words(["group"]))
        #expect(try complete("use persona ", "int") == .words(["international-student"]))
    }

    @Test func withAPersonaInUseScoreOffersAnswersNext() throws {
        context.persona = "undergraduate"
        let result = try complete("score drop-in ", "")
        guard case let .words(words) = result else { Issue.record("expected words"); return }
        #expect(words.contains("4") && words.contains("academic"))
    }
}
