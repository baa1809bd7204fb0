import Foundation
@testable import WorkshopKit
@testable import WorkshopProject
@testable import WorkshopSession
@testable import WorkshopSupport

/// A whole journal replayed: a real start record followed by the input as the later lines. The
/// input's first line names the bundled journal (`sessions/<name>.jsonl`) whose start record comes
/// first, so the seeds' lines name that session's activities and personas; any other first line
/// picks one of them by its bytes. Replay may refuse the journal, never crash; what it accepts must
/// summarise without crashing; a torn tail it sets aside must leave a journal that replays clean;
/// and opening the same bytes from disk (`JournalFile`: mapped, locked, the torn tail moved to a side
/// file) must agree with replay in memory.
enum JournalReplayTarget: FuzzTarget {
    static let name = "journal-replay"
    static let summary = "SessionReplay and Session.open over random lines after a valid start record"

    /// The start lines of the bundled journals by the journal's name, newline included, with the
    /// long texts taken out: every input replays the start line first (twice: in memory and from
    /// disk), and its kilobytes of descriptions only slow the fuzzer down.
    static let starts: [(name: [UInt8], line: [UInt8])] = {
        let folder = repositoryRoot + "/sessions"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        let lines = names.compactMap { name -> (name: [UInt8], line: [UInt8])? in
            guard let bytes = FileManager.default.contents(atPath: folder + "/" + name),
                  let end = bytes.firstIndex(of: 0x0a),
                  let record = try? Array(bytes[..<end]).withUnsafeBytes({ try StartRecord.parse($0) }),
                  let line = try? shortened(record).line()
            else { return nil }
            return (Array(name.dropLast(6).utf8), line)
        }
        if lines.isEmpty { FuzzTargets.fail("no journals with a start line in \(folder)") }
        return lines
    }()

    private static func shortened(_ record: StartRecord) -> StartRecord {
        var record = record
        for index in record.plan.activities.indices { record.plan.activities[index].description = "" }
        for index in record.personas.indices {
            record.personas[index].summary = ""
            record.personas[index].needs = []
            record.personas[index].pains = []
        }
        return record
    }

    /// A project root of our own for the on-disk half, in memory where the system offers it.
    static let root: ProjectRoot = {
        let base = FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = base + "/workshop-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path + "/sessions", withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: JournalReplayTarget.root.path) }
        return ProjectRoot(path: path)
    }()

    static let session = "fuzz"

    static func prepare() {
        _ = starts
        _ = root
    }

    static func run(_ input: UnsafeRawBufferPointer) {
        let newline = input.firstIndex(of: 0x0a) ?? input.endIndex
        let name = Array(input[..<newline])
        let start = starts.first { $0.name == name } ?? starts[name.reduce(0) { $0 &+ Int($1) } % starts.count]
        let journal = start.line + input[min(newline + 1, input.endIndex)...]
        let path = Session.journalPath(root: root, id: session)
        let inMemory = Result { () throws(JournalError) in try SessionReplay.replay(JournalBytes(journal), path: path) }
        switch inMemory {
        case let .success(outcome):
            use(outcome.state)
            if let torn = outcome.tornTail { replaysClean(Array(journal[..<torn.lowerBound]), as: outcome.state) }
        case let .failure(error):
            _ = error.description
        }
        onDisk(journal, agreeing: inMemory)
    }

    /// What the prompt and the exports read from a session, so a state replay lets through that they
    /// cannot handle is found here.
    private static func use(_ state: SessionState) {
        _ = state.log
        _ = state.status
        _ = state.answerRecords
        _ = state.actions
        _ = SessionSummary(state: state, options: SummaryOptions(intervals: false))
    }

    private static func replaysClean(_ kept: [UInt8], as state: SessionState) {
        do {
            let again = try SessionReplay.replay(JournalBytes(kept), path: "kept")
            guard again.tornTail == nil, again.state.recordCount == state.recordCount else {
                FuzzTargets.fail("what is kept before a torn tail does not replay to the same state: "
                    + "\(again.state.recordCount) records, torn \(String(describing: again.tornTail)), "
                    + "expected \(state.recordCount)")
            }
        } catch {
            FuzzTargets.fail("what is kept before a torn tail is refused: \(error)")
        }
    }

    private static func onDisk(_ journal: [UInt8], agreeing inMemory: Result<SessionReplay.Outcome, JournalError>) {
        let path = Session.journalPath(root: root, id: session)
        unlink(path)
        guard FileManager.default.createFile(atPath: path, contents: Data(journal)) else {
            FuzzTargets.fail("cannot write \(path)")
        }
        defer { removeSideFiles() }
        let opened: Session
        do {
            opened = try Session.open(session, root: root, writable: true)
        } catch {
            guard case let .failure(expected) = inMemory, error == .journal(expected) else {
                FuzzTargets.fail("open refused what replay \(describe(inMemory)): \(error)")
            }
            return
        }
        guard case let .success(outcome) = inMemory, opened.state.recordCount == outcome.state.recordCount,
              (opened.recovery != nil) == (outcome.tornTail != nil)
        else {
            FuzzTargets.fail("open gave \(opened.state.recordCount) records (recovery: \(opened.recovery ?? "none")), "
                + "replay \(describe(inMemory))")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1
        let expected = outcome.tornTail?.lowerBound ?? journal.count
        if size != expected { FuzzTargets.fail("after open the journal holds \(size) bytes, expected \(expected)") }
    }

    private static func describe(_ result: Result<SessionReplay.Outcome, JournalError>) -> String {
        switch result {
        case let .success(outcome): return "accepted (\(outcome.state.recordCount) records, torn \(String(describing: outcome.tornTail)))"
        case let .failure(error): return "refused (\(error))"
        }
    }

    private static func removeSideFiles() {
        let folder = root.sessionsFolder
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.contains(".torn-") {
            unlink(folder + "/" + name)
        }
    }
}

/// The repository this file is in: Fuzz/Sources/workshop-fuzz/ is three folders down.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
}()
