import Foundation
import Testing
import WorkshopTestSupport

/// `summary` and `export` of a session with ideas, through the command line: the short block of the
/// text summary, `--hidden`, the action made from an idea, the XLSX sheet, and a session without
/// ideas left as it was.
struct IdeasSummaryCommandTests {
    @Test func theTextSummaryShowsTheLeadersWithTiesAndTheCounts() throws {
        let fixture = try IdeasFixture()
        let result = try fixture.workshop(["summary", IdeasFixture.session])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let block = try #require(lines.firstIndex(of: "Ideas"))
        #expect(Array(lines[(block + 1)...].prefix(8)) == [
            "  Which of these would you try first, and why? [try-first]",
            "    6 ideas from 5 groups, 3 themes; vote on themes closed, 3 groups voted",
            "    1=  Timing — 3 dots",
            "    1=  Partners — 3 dots",
            "    3   Online — 1 dot",
            "    Timing",
            "      %1 Start in freshers' week (table-1)",
            "      %3 Run it at lunchtime, not after lectures (table-3)",
        ])
        // Then every idea under its theme, themes in rank order; a vote on ideas orders them by dots.
        let second = try #require(lines.firstIndex(of: "  What would make this activity work for your persona? [make-it-work]"))
        #expect(Array(lines[second...].prefix(6)) == [
            "  What would make this activity work for your persona? [make-it-work]",
            "    3 ideas from 3 groups; vote on ideas closed, 3 groups voted",
            "    1  %11 A named contact on every module page — 4 dots",
            "    2  %9 Timetable it with the School office — 2 dots",
            "    3  %10 Bring cake — 1 dot",
            "    %11 A named contact on every module page (table-4) [4 dots]",
        ])
        #expect(result.stdout.contains("      from idea %1: Start in freshers' week"))
        #expect(!result.stdout.contains("hide") && !result.stdout.contains("took back"))
    }

    @Test func controlAndBidiCharactersInAnIdeaNeverReachTheTerminal() throws {
        let fixture = try IdeasFixture(hostile: ["red \u{1B}[31malert\u{1B}[0m and invoice\u{202E}txt.exe"])
        let result = try fixture.workshop(["summary", IdeasFixture.session])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("alert") })
        #expect(line.hasPrefix("    2  %12 red "), "the hostile idea is a leader: \(line)")
        #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    }

    @Test func hiddenIdeasAppearMarkedOnlyWithHidden() throws {
        let fixture = try IdeasFixture()
        let plain = try fixture.workshop(["export", IdeasFixture.session, "--format", "markdown"])
        #expect(!plain.stdout.contains("Something the room agreed to hide"))
        let hidden = try fixture.workshop(["export", IdeasFixture.session, "--format", "markdown", "--hidden"])
        #expect(hidden.stdout.contains("%6 Something the room agreed to hide (table-1) _hidden_"))
        let text = try fixture.workshop(["summary", IdeasFixture.session, "--hidden"])
        #expect(text.stdout.contains("7 ideas from 5 groups, 3 themes, 1 hidden"))
        #expect(!hidden.stdout.contains("An idea its table took back"), "a withdrawn idea never appears")
    }

    @Test func theReportShowsWhereAnActionCameFrom() throws {
        let fixture = try IdeasFixture()
        let result = try fixture.workshop(["export", IdeasFixture.session, "--format", "html"])
        #expect(result.stdout.contains("<small class=\"from-idea\"><bdi>from idea %1: Start in freshers&#39; week</bdi></small>")
            || result.stdout.contains("<small class=\"from-idea\"><bdi>from idea %1: Start in freshers&#x27; week</bdi></small>"),
            "\(result.stdout.components(separatedBy: "from-idea").dropFirst().first?.prefix(120) ?? "none")")
        #expect(result.stdout.contains("[redacted]") && !result.stdout.contains("Dr Jones"))
    }

    @Test func theWorkbookHasAnIdeasSheetOnlyWhenThereAreIdeas() throws {
        let fixture = try IdeasFixture()
        for (session, sheets) in [(IdeasFixture.session, 5), ("demo-2016", 4)] {
            let path = fixture.copy.url.appendingPathComponent("\(session).xlsx").path
            let result = try fixture.workshop(["export", session, "--format", "xlsx", "--output", path])
            #expect(result.status == 0, "\(result.stderr)")
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            // Part names are stored uncompressed in the zip's headers: a fifth sheet is a fifth part.
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.contains("xl/worksheets/sheet4.xml"))
            #expect(text.contains("xl/worksheets/sheet5.xml") == (sheets == 5), "\(session)")
        }
    }

    @Test func theIdeasShapeIsOfferedAndCompleted() throws {
        let fixture = try IdeasFixture()
        let result = try fixture.workshop(["export", IdeasFixture.session, "--format", "csv", "--shape", "ideas"])
        #expect(result.stdout.hasPrefix("session,prompt,number,theme,group,persona,activity,stage,text,dots,rank,hidden\r\n"))
        let wrong = try fixture.workshop(["export", IdeasFixture.session, "--shape", "idea"])
        #expect(wrong.status == 1 && wrong.stderr.contains("ideas"))
    }
}
