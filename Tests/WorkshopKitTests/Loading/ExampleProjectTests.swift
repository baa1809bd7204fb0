import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// The bundled example is what a new user sees first: it must load cleanly and cover each scale.
struct ExampleProjectTests {
    let project: Project

    init() throws {
        project = try Project.load(root: ProjectRoot(path: Paths.example.path))
    }

    @Test func loadsWithNoProblems() {
        #expect(project.diagnostics.isEmpty, "\(project.diagnostics.map(\.description))")
    }

    @Test func hasTheFivePersonas() {
        let ids = ["academic", "undergraduate", "international-student", "phd-candidate", "professional-services"]
        for id in ids {
            #expect(project.personas[id] != nil, "missing persona \(id)")
        }
        #expect(project.personas.values.allSatisfy { !$0.name.isEmpty && !$0.needs.isEmpty && !$0.pains.isEmpty })
    }

    @Test func engagementPlanRatesTwelveOrMoreActivitiesOnFivePoints() throws {
        let plan = try project.plan("stirling-2015")
        #expect(plan.activities.count >= 12)
        #expect(plan.scale.levels.count == 5)
        #expect(plan.personas.count == 5)
        #expect(plan.activity("bring-a-friend") != nil)
    }

    @Test func partnershipReviewGroupsActivitiesByTheThreeStagesOnRAG() throws {
        let plan = try project.plan("partnership-review")
        #expect(plan.scale == Scale.builtin(named: "rag"))
        #expect(Set(plan.activities.compactMap(\.stage)) == ["getting-started", "working-together", "what-next"])
        #expect(plan.activities.allSatisfy { $0.stage != nil })
    }

    @Test func actionLearningSetHasTheRoadmapPrompts() throws {
        let plan = try project.plan("action-learning-set")
        #expect(plan.prompts.count == 3)
        #expect(plan.series != nil)
    }

    @Test func deliveryModelsUseRelevanceAcrossThreeModels() throws {
        let plan = try project.plan("delivery-models")
        #expect(plan.scale == Scale.builtin(named: "relevance"))
        #expect(plan.criteria.map(\.id) == ["existing-footprint", "hybrid", "community-school"])
    }

    @Test func planIDsMayBeAbbreviated() throws {
        #expect(try project.plan("partner").id == "partnership-review")
        #expect(throws: ProjectError.unknownPlan(id: "stirlin-2015", suggestion: "stirling-2015",
                                                  available: project.planIDs)) {
            try project.plan("stirlin-2015")
        }
    }
}
