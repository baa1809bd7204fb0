import Foundation
import WorkshopProject
import WorkshopSession
import WorkshopSupport

/// What a series needs from a journal: its start record alone, read from the first line so that
/// listing a series never replays a whole session.
struct SeriesStart {
    var session: String
    var plan: String
    var title: String
    var series: String?
    var date: String?
    var startedAt: Int64

    /// The start record of `session`, or nil when its journal is missing or its first line damaged.
    static func read(root: ProjectRoot, session: String) -> SeriesStart? {
        guard case let .success(fd) = RegularFile.open(Session.journalPath(root: root, id: session), O_RDONLY | O_CLOEXEC)
        else { return nil }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var bytes: [UInt8] = []
        while let chunk = try? handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
            if let newline = chunk.firstIndex(of: 0x0a) {
                bytes += chunk[chunk.startIndex..<newline]
                break
            }
            bytes += chunk
        }
        guard let record = try? bytes.withBytes({ (raw) throws(ReplayProblem) in try StartRecord.parse(raw) }) else {
            return nil
        }
        return SeriesStart(
            session: session, plan: record.plan.id, title: record.plan.title, series: record.plan.series,
            date: record.plan.date ?? String(Timestamp.format(record.at).prefix(10)), startedAt: record.at)
    }
}
