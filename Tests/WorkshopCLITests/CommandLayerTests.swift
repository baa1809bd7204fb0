import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI

/// The command layer: names, aliases and prefixes; the prompt's guard on nested prompts; text that
/// starts with '-'; answers that change nothing; renderings that fit the terminal.
struct CommandLayerTests {
    @Test func nestedPromptsAreRefusedEvenByPrefix() throws {
        let copy = try ExampleCopy()
        let result = try copy.workshop([], input: "ru script.txt\nshel\nsh\n")
        #expect(result.status == 1)
        #expect(result.stderr == """
            line 1: error: run a script from the shell: workshop run FILE
            line 2: error: already at the workshop prompt
            line 3: error: already at the workshop prompt

            """)
    }

    @Test func atThePromptTheRestOfTheLineIsTheNoteEvenWordsStartingWithADash() throws {
        let copy = try ExampleCopy()
        #expect(try copy.workshop(["start", "stirling-2015"]).status == 0)
        let result = try copy.workshop([], input: """
            open stirling-2015
            note Room ran 10 minutes late
            note -ask Ewan --activity drop-in about the -2 option
            """)
        #expect(result.stderr.isEmpty)
        #expect(result.status == 0)
        let log = try copy.workshop(["log", "stirling-2015"]).stdout
        #expect(log.contains("note on the session: \"Room ran 10 minutes late\""))
        #expect(log.contains("note on drop-in: \"-ask Ewan about the -2 option\""))
    }

    @Test func optionValuesThatStartWithADashAreTakenAsTheyAre() throws {
        let copy = try ExampleCopy()
        #expect(try copy.workshop(["start", "stirling-2015"]).status == 0)
        let score = try copy.workshop(["score", "stirling-2015", "drop-in", "phd", "4", "-g", "table-1", "--note", "-2 people said"])
        #expect(score.status == 0)
        let note = try copy.workshop(["note", "stirling-2015", "--persona", "phd", "-", "dash", "first"])
        #expect(note.status == 0)
        let log = try copy.workshop(["log", "stirling-2015"]).stdout
        #expect(log.contains("= 4 — \"-2 people said\""))
        #expect(log.contains("note on phd-candidate: \"- dash first\""))
    }

    @Test func theSameAnswerAgainIsUnchangedAndWritesNothing() throws {
        let copy = try ExampleCopy()
        #expect(try copy.workshop(["start", "stirling-2015"]).status == 0)
        let score = ["score", "stirling-2015", "drop-in", "phd", "4", "-g", "table-1"]
        #expect(try copy.workshop(score).stdout == "recorded drop-in · phd-candidate · table-1 = 4\n")
        let before = copy.folder.snapshot()
        let again = try copy.workshop(score)
        #expect(again.status == 0)
        #expect(again.stdout == "unchanged: drop-in · phd-candidate · table-1 = 4 already; nothing written\n")
        #expect(copy.folder.snapshot() == before)
        let row = try copy.workshop([], input: "open stirling-2015\nuse phd table-1\nrow - - 4 - - - - - - - - - - -\n")
        #expect(row.stdout.contains("recorded 0 answers for phd-candidate · table-1 (13 left empty, 1 unchanged)"))
        #expect(copy.folder.snapshot() == before)
    }

    @Test func libraryErrorsGetTheCLIsWordsForWhatToType() throws {
        let copy = try ExampleCopy()
        #expect(try copy.workshop(["start", "stirling-2015"]).status == 0)
        let again = try copy.workshop(["start", "stirling-2015", "--as", "stirling-2015"])
        #expect(again.status == 1)
        #expect(again.stderr.hasSuffix("sessions/stirling-2015.jsonl' already exists; choose another name with --as\n"))
        let noGroup = try copy.workshop(["score", "stirling-2015", "drop-in", "phd", "4"])
        #expect(noGroup.stderr == "error: which group? add --group (table-1, table-2, table-3, table-4, table-5)\n")
    }

    @Test func shortFormsAreDeclaredAliasesThatBeatPrefixes() throws {
        let expected = ["sc": "score", "m": "matrix", "re": "redo", "su": "summary", "un": "undo"]
        for (alias, name) in expected {
            #expect(Workshop.commandType(for: alias)?._commandName == name, "\(alias)")
        }
        // Every alias names one command and never shadows a command's own name.
        let aliases: [String] = Workshop.commandTypes.flatMap { $0.configuration.aliases }
        #expect(Set(aliases).count == aliases.count)
        #expect(Set(aliases).isDisjoint(with: Workshop.commandNames))
        // A unique prefix still works; an ambiguous one is refused with the candidates.
        #expect(Workshop.commandType(for: "wi")?._commandName == "withdraw")
        var refusal: CommandFailure?
        do { _ = try Workshop.resolveCommand("st") } catch { refusal = error }
        #expect(refusal == CommandFailure("command 'st' is ambiguous: start, status; type more of it"))
    }

    @Test func aRootGivenAtThePromptIsRefusedRatherThanWritingElsewhere() throws {
        let copy = try ExampleCopy()
        let other = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        _ = try other.workshop(["start", "stirling-2015"])
        let before = other.folder.snapshot()
        let result = try copy.workshop([], input: "open stirling-2015\nnote written here --root \(other.path)\n")
        #expect(result.stderr == "line 2: error: --root works at the shell; to work in another folder, quit and run 'workshop --root DIR'\n")
        #expect(other.folder.snapshot() == before)
    }

    @Test func helpAtTheShellFindsCommandsLikeThePrompt() throws {
        let short = try InProcess.run(["help", "rev"])
        #expect(short.status == 0 && short.stdout.contains("USAGE: workshop review"))
        let unknown = try InProcess.run(["help", "nosuch"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: unknown command 'nosuch'; the commands are init, check, start, open, "))
        #expect(unknown.stderr.hasSuffix(", export, run, merge, merge-driver, git-setup, serve\n"))
    }

    @Test func anErrorStaysOneLineWhateverWasTyped() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let result = try copy.workshop(["weight", "stirling-2015", "acad\nemic\u{1B}[2J", "2"])
        #expect(result.status == 1)
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!result.stderr.contains("\u{1B}"))
    }

    @Test func retiredOneLetterOptionsOfNoteAreRefusedNotNoted() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let before = copy.folder.snapshot()
        let result = try copy.workshop(["note", "stirling-2015", "works", "well", "-a", "drop-in"])
        #expect(result.stderr == "error: note: '-a' is not an option; write --activity ID, or put -- before the text to keep '-a' as a word\n")
        #expect(copy.folder.snapshot() == before)
        // After `--` everything is text, so --root goes first here.
        let kept = try InProcess.run(["note", "--root", copy.path, "stirling-2015", "--", "-a", "is", "a", "grade"])
        #expect(kept.status == 0 && kept.stdout == "noted: on the session: \"-a is a grade\"\n")
    }
}
