import Foundation
import WorkshopKit

/// Writes a realistic session journal: 20 activities, 8 personas, 100 tables, a 1-5 scale; tables
/// rate in runs (one persona and table at a time), with re-scored answers, notes, withdrawals (1 in
/// 100 answers) and undos mixed in the way a facilitator makes them.
struct SessionGenerator {
    static let activityCount = 20, personaCount = 8, groupCount = 100

    static func plan(series: String? = nil, date: String? = nil) -> (Plan, [Persona]) {
        let personas = (0..<personaCount).map { Persona(id: "persona-\($0)", name: "Persona \($0)", weight: 1) }
        let plan = Plan(
            id: "bench", title: "Benchmark plan", date: date, series: series, personas: personas.map(\.id),
            activities: (0..<activityCount).map { Activity(id: "activity-\($0)", title: "Activity number \($0)") },
            scale: Scale.builtin(named: "1-5") ?? Scale.labelled("fallback", []),
            groups: (1...groupCount).map { "table-\($0)" })
        return (plan, personas)
    }

    /// Creates `sessions/<id>.jsonl` (by default `bench-<answers>`) under `root` unless it exists;
    /// returns its id. With `series`, the plan names it and `date` orders the meetings.
    /// `by` and `groups` make a second room's journal (`MergeBenchmark`): another facilitator, other tables.
    static func ensure(
        answers: Int, root: ProjectRoot, id: String? = nil, series: String? = nil, date: String? = nil,
        by person: String = "anna", groups: ClosedRange<Int> = 1...groupCount
    ) throws -> String {
        let id = id ?? "bench-\(answers)"
        let path = Session.journalPath(root: root, id: id)
        if FileManager.default.fileExists(atPath: path) { return id }
        try FileManager.default.createDirectory(atPath: root.sessionsFolder, withIntermediateDirectories: true)
        let (plan, personas) = plan(series: series, date: date)
        do { _ = try Session.start(plan: plan, personas: personas, root: root, id: id, by: "anna") }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileNoSuchFile) }
        handle.seekToEndOfFile()
        var generator = SystemRandomNumberGenerator()
        var buffer = ""
        var time: Int64 = 1_448_000_000_000
        var written = 0
        var lastID = ""
        while written < answers {
            let persona = Int.random(in: 0..<personaCount, using: &generator)
            let group = Int.random(in: groups, using: &generator)
            for activity in 0..<activityCount where written < answers {
                time += Int64.random(in: 800...4000, using: &generator)
                let id = RecordID.format(RecordID.random())
                let roll = Int.random(in: 0..<100, using: &generator)
                let note = roll < 3 ? ",\"note\":\"said this \(written) works in week \(roll)\"" : ""
                let answer = roll == 99 ? "?" : String(Int.random(in: 1...5, using: &generator))
                buffer += "{\"type\":\"answer\",\"id\":\"\(id)\",\"at\":\"\(Timestamp.format(time))\",\"by\":\"\(person)\","
                    + "\"activity\":\"activity-\(activity)\",\"persona\":\"persona-\(persona)\",\"group\":\"table-\(group)\","
                    + "\"answer\":\"\(answer)\"\(note)}\n"
                written += 1
                lastID = id
                if roll == 50 {
                    buffer += "{\"type\":\"undo\",\"id\":\"\(RecordID.format(RecordID.random()))\",\"at\":\"\(Timestamp.format(time + 1))\","
                        + "\"by\":\"\(person)\",\"target\":\"\(lastID)\"}\n"
                } else if roll == 52 {
                    // The answer just given taken back: the cell is empty again until it is rated anew.
                    buffer += "{\"type\":\"withdraw\",\"id\":\"\(RecordID.format(RecordID.random()))\",\"at\":\"\(Timestamp.format(time + 1))\","
                        + "\"by\":\"\(person)\",\"activity\":\"activity-\(activity)\",\"persona\":\"persona-\(persona)\","
                        + "\"group\":\"table-\(group)\"}\n"
                } else if roll == 51 {
                    buffer += "{\"type\":\"note\",\"id\":\"\(RecordID.format(RecordID.random()))\",\"at\":\"\(Timestamp.format(time + 1))\","
                        + "\"by\":\"\(person)\",\"activity\":\"activity-\(activity)\",\"text\":\"the room laughed\"}\n"
                }
            }
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
        handle.closeFile()
        return id
    }
}
