import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit
@testable import WorkshopMerge
@testable import WorkshopReports

/// Labels with no order (`ordered: false`): counts and shares, nominal alpha, never a median.
struct NominalScaleTests {
    static let plan = """
        title: Which channel reaches whom
        scale:
          name: channel
          ordered: false
          levels: [{key: e, label: Email}, {key: m, label: Meeting}, {key: s, label: Social media}]
        personas: [academic]
        groups: [t1, t2, t3]
        activities:
          - {id: news, title: Library news}
          - {id: training, title: Training offers}
        """

    @Test func aPlanSaysItsLabelsHaveNoOrder() throws {
        let log = DiagnosticLog(file: "plan.yaml")
        let plan = try #require(PlanLoader.load(id: "channels", text: Self.plan, personas: ["academic"], log: log))
        #expect(log.diagnostics.isEmpty)
        #expect(plan.scale.measurement == .nominal && !plan.scale.isOrdered)
        let bad = DiagnosticLog(file: "plan.yaml")
        _ = PlanLoader.load(id: "channels", text: Self.plan.replacingOccurrences(of: "ordered: false", with: "ordered: sometimes"),
                            personas: ["academic"], log: bad)
        #expect(bad.diagnostics.map(\.problem.message).contains { $0.contains("'ordered'") && $0.contains("true or false") })
    }

    @Test func aNominalCellShowsItsMostCommonAnswerAndNoMedian() throws {
        let scale = Scale.labelled("channel", [("e", "Email"), ("m", "Meeting"), ("s", "Social media")], ordered: false)
        let cell = CellStatistics(activity: "news", persona: "academic", criterion: nil,
                                  answers: [.level(0), .level(0), .level(2), .unsure], scale: scale)
        #expect(cell.median == nil && cell.consensus == nil && cell.lowerQuartile == nil)
        #expect(cell.mode == ["e"] && abs((cell.modeShare ?? 0) - 2.0 / 3) < 1e-12 && cell.values == 3)
        let tied = CellStatistics(activity: "news", persona: "academic", criterion: nil,
                                  answers: [.level(0), .level(1)], scale: scale)
        #expect(tied.mode == ["e", "m"] && tied.modeShare == 0.5)
    }

    @Test func aNominalSummaryHasNoStandingAndNominalAlpha() throws {
        let copy = try ExampleCopy()
        try Self.plan.write(toFile: copy.path + "/sessions/channels.yaml", atomically: true, encoding: .utf8)
        let root = ProjectRoot(path: copy.path)
        let project = try Project.load(root: root)
        let plan = try project.plan("channels")
        let session = try Session.start(plan: plan, personas: project.personas(of: plan), root: root, id: nil, by: "anna")
        let answers: [(String, String, Int)] = [("news", "t1", 0), ("news", "t2", 0), ("training", "t1", 1), ("training", "t2", 0)]
        try session.record(all: answers.map { activity, group, level -> Change in
            .answer(Cell(activity: activity, persona: "academic", group: group), .level(level), note: nil)
        }, by: "anna")
        let summary = SessionSummary(state: session.state)
        #expect(summary.activities.allSatisfy { $0.standing == nil && $0.rank == nil && $0.personaMedians.isEmpty })
        let news = try #require(summary.activities.first { $0.activity == "news" })
        #expect(news.personaModes == [SessionSummary.PersonaMode(persona: "academic", mode: ["e"], share: 1, values: 2)])
        // Units (e, e) and (m, e): observed 2 mismatching pairs against 6 expected, so nominal alpha = 1 − 3·2/6 = 0.
        let academic = try #require(summary.personas.first)
        #expect(academic.agreement == 0 && summary.methods.agreement.hasPrefix("Krippendorff's alpha (nominal metric)"))
        let kappa = try FleissKappa.compute(counts: [[2, 0, 0], [1, 1, 0]]).get().kappa
        #expect(academic.statistics?.fleissKappa == kappa && academic.statistics?.concordance == nil)
        #expect(!summary.highlights.contains { $0.hasPrefix("Strongest") })
        let other = try Session.start(plan: plan, personas: project.personas(of: plan), root: root, id: "later", by: "anna")
        #expect(throws: ComparisonError.unordered(session: "later", scale: "channel")) {
            try SessionComparison(from: SessionMedians(state: session.state), to: SessionMedians(state: other.state))
        }
    }
}

/// Kendall's W, the ICCs and Fleiss' kappa as the summary carries them, per persona.
struct SummaryAgreementStatisticsTests {
    @Test func theSummaryComputesEachOnThePersonasCompleteBlock() throws {
        let summary = try SummaryTests.summary(SummaryTests.sample)
        let academic = try #require(summary.personas.first { $0.persona == "academic" }?.statistics)
        // Academic: drop-in (2, 3), induction (3, 3), research-cafes (5, 4), tables 1 and 2 as raters.
        let ratings: [[Double]] = [[2, 3], [3, 3], [5, 4]]
        let w = try KendallW.compute(ratings: ratings).get()
        #expect(academic.groups == 2 && academic.units == 3)
        #expect(academic.concordance?.w == w.w && academic.concordance?.pValue == w.pValue)
        let icc = try IntraclassCorrelation.compute(ratings: ratings).get()
        #expect(academic.intraclass?["ICC(2,1)"] == icc.value(.single2) && academic.fleissKappa == nil)
        // The undergraduates' '?' on induction leaves two complete activities.
        let undergraduate = try #require(summary.personas.first { $0.persona == "undergraduate" }?.statistics)
        #expect(undergraduate.units == 2)
        #expect(summary.personas.first { $0.persona == "phd-candidate" }?.statistics == nil, "no answers")
        #expect(summary.methods.otherAgreement.contains("Kendall's W with the tie correction"))
    }
}
