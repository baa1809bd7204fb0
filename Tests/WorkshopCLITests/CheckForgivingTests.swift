import Foundation
import Testing
import WorkshopTestSupport

/// `check` on the mistakes a new user makes in a file, through the binary on files in a
/// temporary folder: each named at its place in the user's words, with the fix.
struct CheckForgivingTests {
    /// A project holding `files` (path: text), checked; its standard output's lines.
    func check(_ files: [String: String]) throws -> (status: Int32, lines: [String]) {
        let folder = TemporaryFolder()
        for (path, text) in files {
            let url = folder.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let result = try WorkshopProcess.run(["check"], directory: folder.url)
        return (result.status, result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    static let persona = "name: Student\n"
    static let plan = "title: T\nscale: 1-5\npersonas: [student]\nactivities: [{id: a, title: A}]\n"

    @Test func aColonInATitleIsShownWithItsLineAndACaretAndTheQuotedForm() throws {
        let result = try check(["personas/student.yaml": Self.persona,
                                "sessions/cafes.yaml": "scale: 1-5\ntitle: Research cafés: what works\n"])
        #expect(result.status == 1)
        #expect(Array(result.lines.prefix(3)) == [
            "sessions/cafes.yaml:2:22: error: a ': ' inside the value of 'title' starts another key; "
                + "put the title in quotes: title: \"Research cafés: what works\"",
            "    title: Research cafés: what works",
            "                         ^",
        ])
    }

    @Test func badIndentationIsShownWithTheLineAndACaret() throws {
        let result = try check(["personas/student.yaml": Self.persona,
                                "sessions/indent.yaml": "title: T\nscale: 1-5\n  personas: [student]\n"])
        #expect(Array(result.lines.prefix(3)) == [
            "sessions/indent.yaml:3:3: error: indentation: this line is indented under 'scale:' (line 2), which already "
                + "has a value; line it up with 'scale:' or with the keys it belongs with",
            "      personas: [student]",
            "      ^",
        ])
    }

    @Test func aHashThatSwallowedAValueIsAWarningWithTheQuotedForm() throws {
        let result = try check(["personas/student.yaml": Self.persona + "summary: #1\n",
                                "sessions/room.yaml": Self.plan.replacingOccurrences(of: "title: T", with: "title: Room #3  # the big one")])
        #expect(result.status == 0)
        #expect(result.lines == [
            "personas/student.yaml:2:1: warning: 'summary' is empty: a '#' after a space starts a comment; quote it: summary: \"#1\"",
            "    summary: #1",
            "    ^",
            "sessions/room.yaml:1:1: warning: 'title' reads as 'Room': a '#' after a space starts a comment; quote it: title: \"Room #3\"",
            "    title: Room #3  # the big one",
            "    ^",
            "checked 1 persona and 1 plan: 0 errors, 2 warnings", "",
        ])
    }

    @Test func textWhereAListBelongsLoadsAndWarnsWithTheListForm() throws {
        let result = try check(["personas/student.yaml": Self.persona + "needs: Quick wins\ntags: [a]\n",
                                "sessions/plan.yaml": Self.plan])
        #expect(result.status == 0)
        #expect(result.lines == [
            "personas/student.yaml:2:8: warning: 'needs' takes a list; the one text is read as a list of one: "
                + "write needs: [Quick wins], or '- Quick wins' on the line below",
            "checked 1 persona and 1 plan: 0 errors, 1 warning", "",
        ])
    }

    @Test func filesTheLoaderPassesOverAreNamedWithWhy() throws {
        let result = try check([
            "personas/student.yaml": Self.persona, "personas/HOS2.YAML": Self.persona, "personas/notes.txt": "x",
            "personas/.hidden.yaml.swp": "x", "sessions/plan.yaml": Self.plan, "sessions/plan.yml~": Self.plan,
            "sessions/plan.yaml.txt": Self.plan, "sessions/notes.txt": "x",
        ])
        #expect(result.status == 0)
        #expect(result.lines == [
            "personas/HOS2.YAML:1:1: warning: ignored: the extension must be '.yaml' in lower case; rename it to 'hos2.yaml'",
            "personas/notes.txt:1:1: warning: ignored: only '.yaml' files are read here; move it out of personas/ if it is not a persona",
            "sessions/plan.yaml.txt:1:1: warning: ignored: only names ending in '.yaml' are read; rename it to 'plan.yaml'",
            "sessions/plan.yml~:1:1: warning: ignored: a backup copy an editor left is not read; "
                + "delete it, or rename it to 'plan.yaml' if it is the one to keep",
            "checked 1 persona and 1 plan: 0 errors, 4 warnings", "",
        ])
    }

    @Test func aBadFileNameDoesNotHideTheFilesOtherProblems() throws {
        let result = try check(["personas/Bad_Name.yaml": "nme: Typo\nneeds: One\n", "personas/student.yaml": Self.persona,
                                "sessions/plan.yaml": Self.plan])
        #expect(result.status == 1)
        #expect(result.lines == [
            "personas/Bad_Name.yaml:1:1: error: invalid file-name id 'Bad_Name'; use lower-case letters, digits, '-' or '_', "
                + "starting with a letter or digit",
            "personas/Bad_Name.yaml:1:1: error: missing required key 'name' in persona",
            "personas/Bad_Name.yaml:1:1: warning: unknown key 'nme' is ignored; did you mean 'name'?",
            "personas/Bad_Name.yaml:2:8: warning: 'needs' takes a list; the one text is read as a list of one: "
                + "write needs: [One], or '- One' on the line below",
            "checked 1 persona and 1 plan: 2 errors, 2 warnings", "",
        ])
    }
}
