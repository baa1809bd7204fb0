import Foundation
import WorkshopTestSupport
@testable import WorkshopKit

/// A copy of the example project with a started session, for journal tests.
struct SessionFixture {
    let copy: ExampleCopy
    let root: ProjectRoot
    let project: Project

    init() throws {
        copy = try ExampleCopy()
        root = ProjectRoot(path: copy.path)
        project = try Project.load(root: root)
    }

    func start(_ planID: String = "stirling-2015", as id: String? = nil, by person: String = "anna") throws -> Session {
        let plan = try project.plan(planID)
        return try Session.start(plan: plan, personas: project.personas(of: plan), root: root, id: id, by: person)
    }

    func open(_ id: String = "stirling-2015", writable: Bool = true) throws -> Session {
        try Session.open(id, root: root, writable: writable)
    }

    func journalBytes(_ id: String = "stirling-2015") throws -> [UInt8] {
        Array(try Data(contentsOf: copy.journal(id)))
    }

    func cell(_ activity: String, _ persona: String, _ group: String = "table-1") -> Cell {
        Cell(activity: activity, persona: persona, group: group)
    }
}
