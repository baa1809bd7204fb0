import Foundation
import Testing
import WorkshopTestSupport

/// The prompt in a real terminal (tmux) on a session whose every free text attacks the terminal
/// (`HostileFixture`): the pane keeps its title, nothing is cleared or overwritten, and each
/// attack shows as its codes, in the listings, the guided walks and the prompt's own messages.
@Suite(.serialized)
struct HostilePromptTests {
    let fixture: HostileFixture

    init() throws {
        fixture = try HostileFixture()
    }

    func prompt() throws -> TmuxTerminal {
        let environment = HostileFixture.environment.merging([
            "WORKSHOP_HISTORY": fixture.copy.url.appendingPathComponent("history").path, "HOME": fixture.copy.path,
        ]) { $1 }
        let terminal = try TmuxTerminal(["--root", fixture.copy.path], environment: environment)
        try terminal.waitFor("workshop> ")
        return terminal
    }

    func run(_ terminal: TmuxTerminal, _ line: String, until text: String) throws {
        try terminal.send(line)
        try terminal.press("Enter")
        try terminal.waitFor(text)
    }

    @Test func listingsShowTheAttacksAsCodes() throws {
        let terminal = try prompt()
        let title = try terminal.title()
        try run(terminal, "open h1", until: "h1> ")
        try run(terminal, "summary", until: "Methods:")
        try run(terminal, "matrix", until: "columns:")
        try run(terminal, "actions --all", until: "carried once")
        try run(terminal, "note seen --activity a1", until: "noted: on a1: \"seen\"")
        // An export to the terminal is shown as text is; into a file it keeps its bytes.
        try run(terminal, "export --format csv --shape tidy", until: "h1,")
        try run(terminal, "log --last 2", until: "safe^MEVIL")
        try run(terminal, "status", until: "matrix: ")
        let screen = try terminal.screen()
        // Had `ESC [ 2 J` been obeyed, the command line above its output would be gone.
        #expect(screen.contains("h1> log --last 2"))
        #expect(screen.contains("^[]8;;https://evil.example/^[\\harmless^[]8;;^[\\"))
        #expect(screen.contains("\\u{202e}gnp.exe\\u{202c}"))
        #expect(try terminal.title() == title)
        try run(terminal, "quit", until: "EXIT:0")
    }

    @Test func theGuidedWalksShowTheAttacksAsCodes() throws {
        let terminal = try prompt()
        let title = try terminal.title()
        try run(terminal, "open h1", until: "h1> ")
        try run(terminal, "rate mallory t1", until: "1/3 First ^[]0;PWNED^G")
        #expect(try terminal.screen().contains("1 ^[]0;PWNED^G ^[[2J safe^MEVIL"))
        try terminal.send("q")
        try terminal.waitFor("rated 2 of 3 for mallory · t1")
        try run(terminal, "open h2", until: "h2> ")
        try run(terminal, "review", until: "1/1 #1 \"^[]0;PWNED^G")
        try terminal.send("q")
        try terminal.waitFor("reviewed 1 of 1 carried actions")
        #expect(try terminal.title() == title)
        try run(terminal, "quit", until: "EXIT:0")
    }
}
