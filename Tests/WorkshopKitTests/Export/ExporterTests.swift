import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit
@testable import WorkshopMerge
@testable import WorkshopReports

struct DelimitedExporterTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\r\nx", "\"'\r\nx\""),
        ("café 🎉", "café 🎉"),
    ])
    func quotesAndNeutralisesText(_ text: String, _ expected: String) {
        #expect(DelimitedExporter().field(.text(text)) == expected)
    }

    @Test func numbersArePlainNumbers() {
        let exporter = DelimitedExporter()
        #expect(exporter.field(.number(4)) == "4")
        #expect(exporter.field(.number(3.5)) == "3.5")
        #expect(exporter.field(.empty) == "")
    }

    @Test func tabSeparatedQuotesOnlyWhatItMust() {
        let exporter = DelimitedExporter(separator: "\t")
        #expect(exporter.field(.text("a,b")) == "a,b")
        #expect(exporter.field(.text("a\tb")) == "\"a\tb\"")
    }

    @Test func aByteOrderMarkOnlyWhenAsked() throws {
        let state = try Session.open("demo-2015", root: ProjectRoot(path: Paths.example.path), writable: false).state
        let input = ExportInput(state: state)
        let plain = try DelimitedExporter().export(input)
        let marked = try DelimitedExporter(byteOrderMark: true).export(input)
        #expect(Array(marked.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(marked.dropFirst(3) == plain)
        #expect(String(decoding: plain, as: UTF8.self).hasSuffix("\r\n"))
    }
}

struct XLSXExporterTests {
    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")])
    func columnNames(_ index: Int, _ name: String) {
        #expect(XLSXCell.column(index) == name)
    }

    @Test func xmlEscapesAndDropsWhatXMLCannotCarry() {
        #expect(XLSXCell.escaped("a < b & \"c\" > d") == "a &lt; b &amp; &quot;c&quot; &gt; d")
        #expect(XLSXCell.escaped("bell\u{07}tab\tline\n") == "belltab\tline\n")
        #expect(XLSXCell.escaped("a\r\nb") == "a&#13;\nb")
    }

    @Test func theWorkbookIsAZipWithTheRequiredParts() throws {
        let state = try Session.open("demo-2015", root: ProjectRoot(path: Paths.example.path), writable: false).state
        let data = try XLSXExporter().export(ExportInput(state: state))
        #expect(Array(data.prefix(2)) == [0x50, 0x4B], "a zip starts with PK")
        let text = String(decoding: data, as: UTF8.self)
        for part in ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"] {
            #expect(text.contains(part))
        }
    }
}

struct AtomicFileTests {
    /// A root that protects nothing these tests write.
    let unprotected = ProtectedFiles(root: ProjectRoot(path: "/nonexistent-project"))

    @Test func writesWholeAndRefusesToReplaceUnlessAsked() throws {
        let folder = TemporaryFolder()
        let path = folder.url.appendingPathComponent("report.csv").path
        try AtomicFile.write(Data("one".utf8), to: path, replace: false, protecting: unprotected)
        #expect(throws: AtomicFile.Failure.exists(path)) { try AtomicFile.write(Data("two".utf8), to: path, replace: false, protecting: unprotected) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one")
        try AtomicFile.write(Data("three".utf8), to: path, replace: true, protecting: unprotected)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "three")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.csv"], "no temporary file left")
    }

    @Test func aFolderThatDoesNotExistIsOneClearError() {
        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.write(Data(), to: "/nonexistent-folder/x.csv", replace: false, protecting: unprotected)
        }
    }
}

/// The Matrix sheet of the demo's workbook against a golden file (the zip around it carries
/// timestamps, so the sheet is compared, not the bytes). WORKSHOP_RECORD_GOLDEN=1 re-records.
struct XLSXGoldenTests {
    @Test func theMatrixSheetMatchesItsGoldenFile() throws {
        let state = try Session.open("demo-2015", root: ProjectRoot(path: Paths.example.path), writable: false).state
        let input = ExportInput(state: state)
        let xml = XLSXExporter().matrix(input).xml
        let path = Paths.packageRoot.appendingPathComponent("Tests/WorkshopCLITests/Golden/export-matrix-sheet.xml")
        if ProcessInfo.processInfo.environment["WORKSHOP_RECORD_GOLDEN"] == "1" {
            try xml.write(to: path, atomically: true, encoding: .utf8)
        }
        #expect(xml == (try String(contentsOf: path, encoding: .utf8)))
        #expect(xml.contains("<c r=\"C2\" s=\"\(XLSXStyle.decimal.rawValue)\"><v>1.5</v></c>"), "medians are numbers, not text")
    }
}

/// A session with no answers yet, as the room sees it before the first score.
struct EmptySessionTests {
    @Test func summaryAndEveryExportWorkBeforeTheFirstAnswer() throws {
        let fixture = try SessionFixture()
        let state = try fixture.start().state
        let input = ExportInput(state: state)
        let summary = input.summary
        #expect(summary.cells.count == 70 && summary.cells.allSatisfy { $0.answers == 0 && $0.median == nil })
        #expect(summary.coverage.emptyCells.count == 70)
        #expect(summary.personas.allSatisfy { $0.agreementNote?.hasPrefix("too little data") == true })
        #expect(summary.activities.allSatisfy { $0.rank == nil && $0.standing == nil })
        #expect(summary.highlights == ["70 of 70 cells have no answers yet."])
        #expect(input.tidyRows.isEmpty)
        let exporters: [any Exporter] = [DelimitedExporter(), DelimitedExporter(shape: .tidy), MarkdownExporter(),
                                         JSONExporter(), HTMLExporter(), XLSXExporter()]
        for exporter in exporters {
            let text = String(decoding: try exporter.export(input), as: UTF8.self)
            #expect(!text.isEmpty)
            // Swift writes a NaN or an infinity as the words nan and inf.
            #expect(text.range(of: #"\b(nan|inf)\b"#, options: .regularExpression) == nil, "\(type(of: exporter))")
        }
        let tidy = String(decoding: try DelimitedExporter(shape: .tidy).export(input), as: UTF8.self)
        #expect(tidy == ExportInput.tidyColumns.joined(separator: ",") + "\r\n")
    }
}
