import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI
@testable import WorkshopKit

struct CompleterTests {
    let copy: ExampleCopy
    let root: ProjectRoot
    let state: SessionState

    init() throws {
        copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        root = ProjectRoot(path: copy.path)
        state = try Session.open("stirling-2015", root: root, writable: false).state
    }

    func complete(_ before: String, _ word: String, open: Bool = true, persona: String? = nil) throws -> Completer.Result {
        Completer(source: CompletionSource(root: root, state: open ? state : nil, persona: persona))
            .complete(before: before, word: word)
    }

    @Test func commandsAtTheStart() throws {
        #expect(try complete("", "s", open: false) == .words(["start", "score", "show", "series", "status", "summary", "serve"]))
        #expect(try complete("", "q", open: false) == .words(["quit"]))
        #expect(try complete("help ", "wi", open: false) == .words(["withdraw"]))
    }

    @Test func sessionsBeforeOneIsOpenThenIDsOfTheOpenSession() throws {
        #expect(try complete("score ", "st", open: false) == .words(["stirling-2015"]))
        #expect(try complete("open ", "", open: false) == .words(["demo-2015", "demo-2016", "learning-set-1", "learning-set-2", "learning-set-3", "stirling-2015"]))
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
        let result = try complete("score drop-in ", "", persona: "undergraduate")
        guard case let .words(words) = result else { Issue.record("expected words"); return }
        #expect(words.contains("4") && words.contains("academic"))
    }

    @Test func flagsAreNotTakenForOptionsWithAValue() throws {
        // '--force' takes no value, so the word after it is the next positional or option, not its value.
        #expect(try complete("export --force ", "--f") == .words(["--format", "--force"]))
        #expect(try complete("export --force --format ", "x") == .words(["xlsx"]))
        #expect(try complete("export --format csv --output ", "") == .files)
        #expect(try complete("export --shape ", "") == .words(["matrix", "tidy", "actions", "ideas"]))
    }

    @Test func everyCommandsOwnDeclarationIsUsed() throws {
        #expect(try complete("matrix --statistic ", "c") == .words(["consensus", "count"]))
        #expect(try complete("summary --weight ", "ac") == .words(["academic="]))
        #expect(try complete("weight ", "ph") == .words(["phd-candidate"]))
        #expect(try complete("rate phd-candidate ", "table-2") == .words(["table-2"]))
        #expect(try complete("row phd-candidate table-1 4 ", "") == .words(["1", "2", "3", "4", "5", "?", "-"]))
        #expect(try complete("use undergraduate ", "table-5") == .words(["table-5"]))
    }

    @Test func aliasesCompleteLikeTheirCommand() throws {
        #expect(try complete("m --statistic ", "me") == .words(["median", "mean"]))
        #expect(try complete("sc drop-in ", "aca") == .words(["academic"]))
    }

    @Test func flagAlternativesNumbersAndThePromptsOwnCommands() throws {
        #expect(try complete("actions --a", "--a") == .words(["--all"]))
        #expect(try complete("", "r", open: false) == .words(["redo", "redact", "rate", "row", "review"]))
    }

    @Test func redactOffersTheIdsOfRecordsThatStillHoldText() throws {
        _ = try copy.workshop([], input: "open stirling-2015\nnote one\nadd-group table-9\nnote two\n")
        let state = try Session.open("stirling-2015", root: root, writable: false).state
        let source = CompletionSource(root: root, state: state, persona: nil)
        let ids = state.log.filter { $0.text.hasPrefix("note") }.map { SessionState.shortID($0.id) }.reversed()
        #expect(Completer(source: source).complete(before: "redact ", word: "") == .words(Array(ids)))
    }
}
