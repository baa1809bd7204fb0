import Foundation
import WorkshopKit

/// `--only merge`: two rooms of one session, each with its own facilitator and tables and
/// `mergeAnswers` answers, merged as `workshop merge` does it: the session opened for writing,
/// the other journal read, merged, replayed, written beside, synced and renamed.
enum MergeBenchmark {
    static func run(options: BenchOptions, root: ProjectRoot) -> [String] {
        let answers = options.mergeAnswers
        do {
            let half = SessionGenerator.groupCount / 2
            let roomA = try SessionGenerator.ensure(answers: answers, root: root, id: "merge-a-\(answers)", groups: 1...half)
            let roomB = try SessionGenerator.ensure(
                answers: answers, root: root, id: "merge-b-\(answers)", by: "bea", groups: (half + 1)...SessionGenerator.groupCount)
            // Room B's laptop had a copy of the session: its journal starts with room A's start line.
            let pathA = Session.journalPath(root: root, id: roomA)
            let bytesA = try Data(contentsOf: URL(fileURLWithPath: pathA))
            let bytesB = try Data(contentsOf: URL(fileURLWithPath: Session.journalPath(root: root, id: roomB)))
            guard let endA = bytesA.firstIndex(of: 0x0a), let endB = bytesB.firstIndex(of: 0x0a) else { return ["no start line"] }
            let other = root.join("room-b-\(answers).jsonl")
            try (bytesA[...endA] + bytesB[(endB + 1)...]).write(to: URL(fileURLWithPath: other))
            var seconds: [Double] = [], opening: [Double] = [], pure: [Double] = []
            var added = 0
            for _ in 0..<options.runs {
                let target = Session.journalPath(root: root, id: "merged")
                try? FileManager.default.removeItem(atPath: target)
                try bytesA.write(to: URL(fileURLWithPath: target))
                let began = Date()
                let session = try Session.open("merged", root: root, writable: true)
                opening.append(Date().timeIntervalSince(began))
                let report = try session.merge([MergeJournal.read(path: other)], groups: .ask)
                seconds.append(Date().timeIntervalSince(began))
                added = report.added
                // The pure part alone: both journals read, their union in order, no replay, no disk.
                let ours = try MergeJournal.read(path: pathA), theirs = try MergeJournal.read(path: other)
                let unionBegan = Date()
                _ = try JournalMerge.merge(ours, with: [theirs], groups: .ask, session: "merged")
                pure.append(Date().timeIntervalSince(unionBegan))
            }
            func median(_ values: [Double]) -> String { String(format: "%.2f", values.sorted()[values.count / 2]) }
            let megabytes = Double(bytesA.count + bytesB.count) / 1e6
            return [
                "", "| merge | journals MB | records added | open + merge + write s | of which open s | union alone s |",
                "| --- | ---: | ---: | ---: | ---: | ---: |",
                "| two rooms of \(answers) answers | \(String(format: "%.0f", megabytes)) | \(added) | \(median(seconds)) "
                    + "| \(median(opening)) | \(median(pure)) |",
            ]
        } catch {
            return ["merge benchmark failed: \(error)"]
        }
    }
}
