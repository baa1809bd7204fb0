import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI
@testable import WorkshopKit

/// Tab completion for the idea commands: prompt ids, idea numbers and theme names.
struct IdeaCompletionTests {
    let copy: ExampleCopy
    let state: SessionState

    init() throws {
        copy = try ExampleCopy()
        _ = try copy.workshop([], input: """
            start stirling-2015
            idea --group table-1 --prompt try one
            idea --group table-2 --prompt try two
            idea --group table-3 --prompt make three
            theme Start early %1
            theme Cost %2
            hide %3
            """)
        state = try Session.open("stirling-2015", root: ProjectRoot(path: copy.path), writable: false).state
    }

    func complete(_ before: String, _ word: String) -> Completer.Result {
        Completer(source: CompletionSource(root: ProjectRoot(path: copy.path), state: state, persona: nil)).complete(before: before, word: word)
    }

    @Test func promptsIdeasAndThemes() {
        #expect(complete("idea --prompt ", "") == .words(["try-first", "make-it-work"]))
        #expect(complete("vote open ", "m") == .words(["make-it-work"]))
        #expect(complete("vote ", "") == .words(["open", "close"]))
        #expect(complete("hide ", "%") == .words(["%1", "%2"]))
        #expect(complete("hide %1 ", "") == .words(["%1", "%2"]))
        #expect(complete("show ", "") == .words(["%3"]))
        #expect(complete("edit ", "%") == .words(["%1", "%2", "%3"]))
        #expect(complete("edit %1 ", "") == .words([]))
        #expect(complete("action --from-idea ", "%") == .words(["%1", "%2", "%3"]))
        #expect(complete("theme ", "") == .words(["rename", "merge", "\"Start early\"", "Cost"]))
        #expect(complete("theme Timing ", "%") == .words(["%1", "%2", "%3"]))
        #expect(complete("theme rename ", "C") == .words(["Cost"]))
        #expect(complete("theme merge Cost ", "") == .words(["\"Start early\"", "Cost"]))
        #expect(complete("ideas --theme ", "") == .words(["\"Start early\"", "Cost"]))
        #expect(complete("dots ", "table-") == .words(["table-1", "table-2", "table-3", "table-4", "table-5"]))
    }
}
