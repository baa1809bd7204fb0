import Foundation
import Testing
@testable import WorkshopKit
@testable import WorkshopReports
import WorkshopReportAssets

/// The report's stylesheet is the repository's file, compiled in at build time, byte for byte, and
/// the one piece of the report written unescaped.
struct ReportAssetsTests {
    @Test func theReportCarriesTheStylesheetFileAsItIs() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/WorkshopReportAssets/Assets/report.css").standardized
        let css = try String(contentsOf: path, encoding: .utf8)
        #expect(css.contains("\"Segoe UI\""), "a quote the escaper would have turned into &quot;")
        let html = String(decoding: try HTMLExporter().export(try HandoutTests.input()), as: UTF8.self)
        #expect(html.contains("<style>" + css + "</style>"))
        #expect(ReportAssets.stylesheet.description == css)
    }
}
