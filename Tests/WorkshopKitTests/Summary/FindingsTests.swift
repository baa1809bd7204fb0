import Foundation
import Testing
@testable import WorkshopKit

/// The report's first-page findings: which appear, in which order, never one resting on a single
/// answer, and the same summary giving the same findings.
struct FindingsTests {
    typealias Rating = SummaryTests.Rating

    @Test func theSampleGivesItsFindingsInOrderEachOnTwoAnswersOrMore() throws {
        let summary = try SummaryTests.summary(SummaryTests.sample)
        let findings = summary.findings(in: .english)
        let kinds = findings.map(\.kind)
        #expect(kinds.first == .best)
        #expect(kinds == kinds.sorted() && Set(kinds).count == kinds.count, "one of each kind, in the page's order: \(kinds)")
        #expect((3...5).contains(findings.count), "\(findings.map(\.text))")
        for finding in findings where finding.kind != .gaps {
            #expect(finding.answers >= MinimumData.cellValues, "\(finding.text)")
            #expect(finding.text.contains("answers"), "a finding says how many answers it rests on: \(finding.text)")
        }
        for word in ["alpha", "α", "kappa", "ICC", "bootstrap", "median"] {
            #expect(!findings.contains { $0.text.localizedCaseInsensitiveContains(word) }, "plain words: no \(word)")
        }
    }

    @Test func wherePersonasPullApartNamesBothWithTheirAnswers() throws {
        let summary = try SummaryTests.summary(SummaryTests.sample)
        let apart = try #require(summary.findings(in: .english).first { $0.kind == .apart })
        let cafes = summary.title(of: "research-cafes")
        #expect(apart.text == "\(cafes) splits the personas: \(summary.name(of: "academic")) rated it 4.5 (2 answers), "
            + "\(summary.name(of: "undergraduate")) only 1.5 (2 answers).")
        #expect(apart.answers == 4)
    }

    @Test func whereTablesDisagreedNeedsHalfTheScale() throws {
        let close = try SummaryTests.summary(SummaryTests.sample)
        #expect(!close.findings(in: .english).contains { $0.kind == .tables }, "no cell's answers are 2 apart")
        let split = try SummaryTests.summary(SummaryTests.sample + [("drop-in", "phd-candidate", "table-1", "1"),
                                                                     ("drop-in", "phd-candidate", "table-2", "5")])
        let tables = try #require(split.findings(in: .english).first { $0.kind == .tables })
        #expect(tables.text.hasSuffix("their answers ran from 1 to 5 (2 answers)."), "\(tables.text)")
        #expect(tables.text.contains(split.name(of: "phd-candidate")) && tables.text.contains(split.title(of: "drop-in")))
    }

    @Test func oneAnswerMakesNoFinding() throws {
        let summary = try SummaryTests.summary([("induction", "academic", "table-1", "4"), ("drop-in", "undergraduate", "table-2", "5")])
        #expect(summary.findings(in: .english).map(\.kind) == [.gaps], "only the note that the data is thin")
    }

    @Test func theSameSummaryGivesTheSameFindings() throws {
        let first = try SummaryTests.summary(SummaryTests.sample).findings(in: .english)
        let again = try SummaryTests.summary(SummaryTests.sample.reversed()).findings(in: .english)
        #expect(first == again)
    }

    @Test func findingsAreWordedInTheReportsLanguage() throws {
        let summary = try SummaryTests.summary(SummaryTests.sample)
        let welsh = summary.findings(in: ReportLanguage("cy"))
        #expect(welsh.map(\.kind) == summary.findings(in: .english).map(\.kind))
        #expect(welsh.first?.text.hasPrefix("Yr hyn a weithiodd orau") == true, "\(welsh.first?.text ?? "")")
    }
}
