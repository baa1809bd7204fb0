import Foundation
import Hummingbird
import WorkshopKit
import WorkshopTestSupport
@testable import WorkshopServer

/// A copy of the example with session `stirling-2015` started, for the room's tests.
struct RoomFixture {
    let copy: ExampleCopy
    let session: Session

    /// `planLines` are added to the plan's top (`language: cy`, `languages: [cy, en]`) before it is loaded.
    init(planLines: [String] = []) throws {
        copy = try ExampleCopy()
        if !planLines.isEmpty {
            let file = URL(fileURLWithPath: copy.path).appendingPathComponent("sessions/stirling-2015.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            try (planLines.joined(separator: "\n") + "\n" + text).write(to: file, atomically: true, encoding: .utf8)
        }
        let root = ProjectRoot(path: copy.path)
        let project = try Project.load(root: root)
        let plan = try project.plan("stirling-2015")
        session = try Session.start(plan: plan, personas: project.personas(of: plan), root: root, by: "anna")
    }

    var state: SessionState { session.state }

    /// A form as a phone would post it, checked for `group`.
    func check(_ body: String, json: Bool = false, group: String = "table-1", assigned: String? = "academic")
        -> Result<Submission, RoomRefusal>
    {
        switch AnswerForm.decode(ByteBuffer(string: body), json: json) {
        case let .failure(refusal): return .failure(refusal)
        case let .success(form): return form.submission(group: group, assigned: assigned, rules: RoomRules(state), secret: "s")
        }
    }
}
