import Foundation
import Testing
import WorkshopTestSupport

/// The prompt's history file is appended to and cut short: `$WORKSHOP_HISTORY` naming a journal
/// would wreck it, so the prompt refuses to start (in a real terminal, as history needs one).
struct HistoryFileSafetyTests {
    @Test func aHistoryFileThatIsAJournalIsRefused() throws {
        let copy = try ExampleCopy()
        let journal = copy.journal("demo-2015").path
        let before = copy.folder.snapshot()
        let terminal = try TmuxTerminal(["--root", copy.path], environment: [
            "WORKSHOP_HISTORY": copy.path + "/sessions/../sessions/demo-2015.jsonl", "HOME": copy.path,
        ])
        // The pane is 120 columns wide: the long line comes wrapped.
        let screen = try terminal.waitFor("EXIT:").replacingOccurrences(of: "\n", with: "")
        #expect(screen.contains("error: $WORKSHOP_HISTORY names '\(copy.path)/sessions/../sessions/demo-2015.jsonl', "
            + "the journal of session 'demo-2015'"))
        #expect(screen.contains("EXIT:1"))
        #expect(!screen.contains("workshop> "))
        #expect(copy.folder.snapshot() == before, "\(journal) untouched")
    }
}
