import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI
@testable import WorkshopKit

/// Names and titles that would show nothing, or show something other than what they are.
struct InvisibleTextTests {
    struct Title: Sendable, CustomTestStringConvertible {
        var typed: String
        var message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        Title(typed: "", message: "add-activity: the title is empty; give the activity a title after its id"),
        Title(typed: " \t ", message: "add-activity: the title is empty; give the activity a title after its id"),
        Title(typed: "\u{1B}\u{202E}\u{7F}", message: "add-activity: the title '^[\\u{202e}^?' has nothing to show but control "
            + "characters; give the activity a title after its id"),
        Title(typed: "\u{200B}\u{2066} \u{7}", message: "add-activity: the title '\\u{200b}\\u{2066} ^G' has nothing to show but "
            + "control characters; give the activity a title after its id"),
    ])
    func aTitleThatShowsNothingIsRefusedAtBothDoors(_ title: Title) throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let before = copy.folder.snapshot()
        let shell = try copy.workshop(["add-activity", "stirling-2015", "new-one", title.typed])
        #expect(shell.status == 1)
        #expect(shell.stderr == "error: \(title.message)\n")
        let batch = try copy.workshop([], input: "add-activity stirling-2015 new-one '\(title.typed)'\n")
        #expect(batch.stderr == "line 1: error: \(title.message)\n")
        #expect(copy.folder.snapshot() == before)
    }

    @Test func completionNeverOffersANameHoldingAControlCharacter() throws {
        let copy = try ExampleCopy()
        let plan = try String(contentsOf: copy.url.appendingPathComponent("sessions/stirling-2015.yaml"), encoding: .utf8)
        try plan.write(to: copy.url.appendingPathComponent("sessions/stirling-\u{1B}[2J.yaml"), atomically: true, encoding: .utf8)
        let completer = Completer(source: CompletionSource(root: ProjectRoot(path: copy.path), state: nil, persona: nil))
        #expect(completer.complete(before: "start ", word: "stirl") == .words(["stirling-2015", "stirling-2016"]))
    }

    @Test func thePromptShowsItsSessionCleaned() throws {
        let copy = try ExampleCopy()
        let root = ProjectRoot(path: copy.path)
        _ = try copy.workshop(["start", "stirling-2015"])
        var context = CommandContext(root: root, atPrompt: true, io: .buffered(input: "", environment: [:]))
        context.session = try Session.open("stirling-2015", root: root, writable: false)
        context.persona = "\u{1B}]0;x\u{07}"
        #expect(context.prompt == "stirling-2015 (read-only) ^[]0;x^G> ")
    }
}
