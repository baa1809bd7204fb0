import Foundation
import WorkshopTestSupport
@testable import WorkshopKit

/// Sessions made in code for comparison tests: plans built as values, started in a temporary
/// folder, answers recorded through the library.
struct MeetingsFixture {
    typealias Rating = (activity: String, persona: String, group: String, answer: String)

    let folder = TemporaryFolder()
    var root: ProjectRoot { ProjectRoot(path: folder.path) }

    static let personas = [Persona(id: "academic", name: "Academic"), Persona(id: "student", name: "Student")]

    /// A session of a plan with `activities` on `scale`, holding `ratings`, reduced to its cells.
    func meeting(
        _ id: String, activities: [String] = ["talk", "walk", "quiz"], scale: String = "1-5", series: String? = "club",
        date: String? = nil, personas: [Persona] = Self.personas, _ ratings: [Rating]
    ) throws -> SessionMedians {
        try FileManager.default.createDirectory(atPath: root.sessionsFolder, withIntermediateDirectories: true)
        let plan = Plan(
            id: id, title: "Meeting \(id)", date: date, series: series, personas: personas.map(\.id),
            activities: activities.map { Activity(id: $0, title: $0.capitalized) },
            scale: try require(Scale.builtin(named: scale)), groups: ["t1", "t2", "t3", "t4"])
        let session = try Session.start(plan: plan, personas: personas, root: root, id: id, by: "anna")
        let changes = try ratings.map { rating in
            Change.answer(Cell(activity: rating.activity, persona: rating.persona, group: rating.group),
                          try session.state.resolveAnswer(rating.answer), note: nil)
        }
        if !changes.isEmpty { try session.record(all: changes, by: "anna") }
        return SessionMedians(state: session.state)
    }

    /// `answers` for one activity and persona, one group each (t1, t2, ...).
    static func ratings(_ activity: String, _ persona: String, _ answers: String...) -> [Rating] {
        answers.enumerated().map { (activity, persona, "t\($0.offset + 1)", $0.element) }
    }
}

/// `#require` outside a test: a missing value is a thrown error.
private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw CocoaError(.featureUnsupported) }
    return value
}
