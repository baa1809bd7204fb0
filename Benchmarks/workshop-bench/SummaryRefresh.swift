import Foundation
import WorkshopKit

/// The summary recomputed after each new answer, as the prompt does: the session stays open and its
/// state is kept up to date answer by answer, so a refresh works from the cells, not the journal.
enum SummaryRefresh {
    /// `intervals`: with the bootstrap intervals, as `summary --format json` and the exports draw
    /// them; without, as the prompt's text summary and matrix do.
    static func measure(sessionID: String, root: ProjectRoot, count: Int, intervals: Bool) throws
        -> (median: Double, maximum: Double)
    {
        let session = try Session.open(sessionID, root: root, writable: true)
        var times: [Double] = []
        for index in 0..<count {
            let cell = Cell(activity: "activity-\(index % 20)", persona: "persona-\(index % 8)", group: "table-\(index % 100 + 1)")
            try session.record(.answer(cell, .level(index % 5), note: nil), by: "anna")
            let start = DispatchTime.now().uptimeNanoseconds
            _ = SessionSummary(state: session.state, options: SummaryOptions(intervals: intervals))
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        return (times[times.count / 2], times.last ?? 0)
    }
}
