import Foundation
import Testing
import WorkshopTestSupport

/// What the merge tests read from a copy: each cell's standing answer, and whether a journal is the
/// same file it was.
extension ExampleCopy {
    /// Each cell's standing answer, `activity persona group=answer`, from the tidy export.
    func standing(_ session: String = "s1") throws -> [String] {
        let export = try run(["export", session, "--format", "csv", "--shape", "tidy", "--no-cache"])
        #expect(export.status == 0, "\(export.stderr)")
        return export.stdout.split(whereSeparator: \.isNewline).dropFirst().map { row in
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            return "\(fields[2]) \(fields[3]) \(fields[4])=\(fields[6])"
        }.sorted()
    }

    /// The journal's bytes and inode: a merge that writes nothing leaves both.
    func journalFile(_ session: String = "s1") throws -> (Data, Int) {
        let url = journal(session)
        let node = try #require(FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
        return (try Data(contentsOf: url), node)
    }
}
