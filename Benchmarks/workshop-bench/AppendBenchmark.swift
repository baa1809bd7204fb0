import Foundation
import WorkshopKit

/// Appending an answer, fsync included, against the disk's own cost of writing a line and syncing it.
enum AppendBenchmark {
    struct Result {
        var appendMedian: Double
        var appendP95: Double
        var fsyncMedian: Double
        var fsyncP95: Double
    }

    static func measure(sessionID: String, root: ProjectRoot, count: Int) throws -> Result {
        let session = try Session.open(sessionID, root: root, writable: true)
        var appends: [Double] = []
        for index in 0..<count {
            let cell = Cell(activity: "activity-\(index % 20)", persona: "persona-\(index % 8)", group: "table-\(index % 100 + 1)")
            let start = DispatchTime.now().uptimeNanoseconds
            try session.record(.answer(cell, .level(index % 5), note: nil), by: "anna")
            appends.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        // The same size of line, written and fdatasync'd, with nothing else.
        let line = Array(repeating: UInt8(ascii: "x"), count: 160) + [10]
        let scratch = root.join("sessions/.fsync-probe")
        let fd = open(scratch, O_WRONLY | O_CREAT | O_APPEND | O_TRUNC, 0o644)
        defer { close(fd); unlink(scratch) }
        var syncs: [Double] = []
        for _ in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            _ = fdatasync(fd)
            syncs.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        appends.sort()
        syncs.sort()
        return Result(appendMedian: appends[count / 2], appendP95: appends[count * 95 / 100],
                      fsyncMedian: syncs[count / 2], fsyncP95: syncs[count * 95 / 100])
    }
}
