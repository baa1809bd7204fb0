import Foundation
import Testing
import WorkshopTestSupport

struct SummaryCommandTests {
    @Test func atThePromptTheOpenSessionIsSummarised() throws {
        let copy = try ExampleCopy()
        let result = try copy.workshop([], input: "open demo-2015\nmatrix --statistic count\nsummary --format markdown\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("number of answers"))
        #expect(result.stdout.contains("| Bring-a-friend appointments | 1.5 | 4.5 | 5 | 2 | 1.5 | 10 | 3.17 | 8 |"))
    }

    @Test func aNewAnswerShowsInTheNextSummary() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["score", "demo-2015", "newsletter", "academic", "5", "-g", "table-2", "--persona-change"])
        let result = try copy.workshop(["summary", "demo-2015", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let cells = try #require(object["cells"] as? [[String: Any]])
        let cell = try #require(cells.first { $0["activity"] as? String == "newsletter" && $0["persona"] as? String == "academic" })
        #expect(cell["answers"] as? Int == 3)
    }

    @Test(arguments: [
        (["--weight", "undergraduate"], "error: --weight 'undergraduate': write it as persona=number, e.g. undergraduate=2\n"),
        (["--weight", "librarian=2"], "error: --weight: unknown persona 'librarian'; personas in this session: academic, undergraduate, international-student, phd-candidate, professional-services\n"),
        (["--minimum", "0"], "error: --minimum must be at least 1\n"),
    ])
    func badOptionsAreRefusedInOneLine(_ arguments: [String], _ message: String) throws {
        let result = try InProcess.run(["summary", "demo-2015"] + arguments + ["--root", Paths.example.path])
        #expect(result.status == 1)
        #expect(result.stderr == message)
    }

    @Test func hostileNoteTextStaysInsideItsMarkdownCell() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["add-activity", "demo-2015", "pipes", "A | B <script>x</script> **bold**"])
        let result = try copy.workshop(["summary", "demo-2015", "--format", "markdown"])
        #expect(result.stdout.contains("| A \\| B \\<script\\>x\\</script\\> \\*\\*bold\\*\\* |"))
    }
}

struct ExportCommandTests {
    @Test func anExistingFileIsReplacedOnlyWithForce() throws {
        let copy = try ExampleCopy()
        let path = copy.url.appendingPathComponent("report.csv").path
        #expect(try copy.workshop(["export", "demo-2015", "-o", path]).status == 0)
        let again = try copy.workshop(["export", "demo-2015", "-o", path, "--format", "json"])
        #expect(again.status == 1)
        #expect(again.stderr == "error: '\(path)' already exists; add --force to replace it\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("activity,title,"))
        #expect(try copy.workshop(["export", "demo-2015", "-o", path, "--format", "json", "--force"]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("{"))
    }

    @Test func anUnknownFormatListsTheValidOnes() throws {
        let result = try InProcess.run(["export", "demo-2015", "--format", "pdf", "--root", Paths.example.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: export: the value 'pdf' is invalid for '--format <format>'; use one of: csv, tsv, "
            + "markdown, json, html, xlsx, ics\n")
    }
}
