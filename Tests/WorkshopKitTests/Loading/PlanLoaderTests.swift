import Testing
@testable import WorkshopKit

struct PlanLoaderTests {
    func load(_ text: String, personas: Set<String> = ["academic"]) -> (Plan?, [Diagnostic]) {
        let log = DiagnosticLog(file: "plan.yaml")
        let plan = PlanLoader.load(id: "plan", text: text, personas: personas, log: log)
        return (plan, log.diagnostics)
    }

    @Test func readsEveryField() throws {
        let (plan, diagnostics) = load("""
            title: Full plan
            date: 2015-11-19
            venue: Stirling
            facilitator: Liaison team
            series: rmhe
            scale: 1-5
            personas: [academic]
            groups: [table-1, table-2]
            criteria:
              - {id: value, title: Value, weight: 2}
              - {id: effort, title: Effort}
            prompts:
              - {id: useful, text: What would you find useful?}
            activities:
              - id: drop-in
                title: Drop-in desk
                description: A desk in the School.
                stage: working-together
                tags: [space, presence]
            """)
        #expect(diagnostics.isEmpty)
        let result = try #require(plan)
        #expect(result.title == "Full plan")
        #expect(result.date == "2015-11-19")
        #expect(result.groups == ["table-1", "table-2"])
        #expect(result.criteria == [Criterion(id: "value", title: "Value", weight: 2),
                                    Criterion(id: "effort", title: "Effort", weight: 1)])
        #expect(result.prompts == [Prompt(id: "useful", text: "What would you find useful?")])
        #expect(result.activities == [Activity(id: "drop-in", title: "Drop-in desk",
                                               description: "A desk in the School.", stage: "working-together",
                                               tags: ["space", "presence"])])
    }

    @Test func customScaleKeepsLevelsLowestFirst() throws {
        let (plan, diagnostics) = load("""
            title: Custom
            scale:
              name: confidence
              levels:
                - {key: l, label: Low}
                - {key: m, label: Medium}
                - {key: h, label: High}
            personas: [academic]
            activities: [{id: a, title: A}]
            """)
        #expect(diagnostics.isEmpty)
        let scale = try #require(plan?.scale)
        #expect(scale.name == "confidence")
        #expect(scale.measurement == .ordinal)
        #expect(scale.levels.map(\.key) == ["l", "m", "h"])
        #expect(scale.levels.map(\.value) == [1, 2, 3])
    }

    @Test func reportsEveryProblemNotJustTheFirst() {
        let (plan, diagnostics) = load("""
            scale: stars
            personas: [nobody]
            activities:
              - {id: a}
              - {id: a, title: Again}
            """)
        #expect(plan == nil)
        #expect(Set(diagnostics.map(\.problem)) == [
            .missingKey(key: "title", in: "plan"),
            .unknownScale(name: "stars", suggestion: nil),
            .unknownPersona(id: "nobody", suggestion: nil),
            .missingKey(key: "title", in: "activity 1"),
            .duplicateID(kind: "activity id", id: "a", firstLine: 4),
        ])
    }

    @Test func unknownKeysWarnButDoNotRefuse() {
        let (plan, diagnostics) = load("""
            title: T
            scale: rag
            personas: [academic]
            activities: [{id: a, title: A, colour: blue}]
            """)
        #expect(plan != nil)
        #expect(diagnostics.map(\.problem) == [.unknownKey(key: "colour", suggestion: nil)])
        #expect(diagnostics.map(\.severity) == [.warning])
    }

    @Test(arguments: ["2015-11-19", "2016-02-29"])
    func validDates(_ date: String) { #expect(PlanLoader.isDate(date)) }

    @Test(arguments: ["2015-13-01", "2015-02-30", "19/11/2015", "2015-1-1", "2015-11-19T10:00"])
    func invalidDates(_ date: String) { #expect(!PlanLoader.isDate(date)) }
}
