import Foundation
import WorkshopTestSupport

/// A copy of the example with a session on a nominal scale (which channel each persona would hear
/// about an activity through), recorded through batch mode: ties ('e/m'), a cell on one answer,
/// a cell with only '?', and an empty one.
struct NominalFixture {
    let copy: ExampleCopy

    static let plan = """
        # A nominal scale: channels have no order, so no medians, standings or ranks.
        title: How would you hear about it
        scale: {name: channel, ordered: false, levels: [{key: e, label: Email}, {key: m, label: Meeting}, {key: s, label: Social media}]}
        personas: [academic, undergraduate, phd-candidate]
        groups: [t1, t2, t3]
        activities:
          - {id: newsletter, title: Newsletter for School staff}
          - {id: cafe, title: Research cafés}
          - {id: induction, title: New-student induction}
          - {id: champions, title: Student library champions}
        """

    static let rows = """
        start channels
        row academic t1 e m e s
        row academic t2 e m m s
        row academic t3 e e m -
        row undergraduate t1 s s s e --persona-change
        row undergraduate t2 s m s ? --persona-change
        row phd-candidate t1 e m - - --persona-change
        row phd-candidate t2 m m - ? --persona-change
        """

    init() throws {
        copy = try ExampleCopy()
        try Self.plan.write(to: copy.url.appendingPathComponent("sessions/channels.yaml"), atomically: true, encoding: .utf8)
        let recorded = try copy.workshop([], input: Self.rows)
        guard recorded.status == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
