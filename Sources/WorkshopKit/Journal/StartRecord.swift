import Foundation

/// The first journal line: who started which session from which plan, with the plan and personas
/// as they were, so later edits to the YAML never change what an old session meant.
struct StartRecord {
    var id: UInt64
    var at: Int64
    var by: String
    var session: String
    var plan: Plan
    var personas: [Persona]

    func line() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = JSONLine()
        line.add("type", RecordKind.start.rawValue)
        line.add("id", RecordID.format(id))
        line.add("at", Timestamp.format(at))
        line.add("by", by)
        line.add("session", session)
        line.addRaw("plan", json: Array(try encoder.encode(plan)))
        line.addRaw("personas", json: Array(try encoder.encode(personas)))
        return line.finished()
    }

    static func parse(_ line: UnsafeRawBufferPointer) throws(ReplayProblem) -> StartRecord {
        let object: [String: Any]
        do {
            guard let dictionary = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw ReplayProblem.notAnObject
            }
            object = dictionary
        } catch {
            throw .notJSON
        }
        guard object["type"] as? String == RecordKind.start.rawValue else { throw .noStart }
        guard let idText = object["id"] as? String, let id = RecordID.parse(idText) else {
            throw .badValue(key: "id", value: "\(object["id"] ?? "")")
        }
        guard let atText = object["at"] as? String, let at = Timestamp.parse(atText) else {
            throw .badValue(key: "at", value: "\(object["at"] ?? "")")
        }
        guard let session = object["session"] as? String else { throw .missing(key: "session") }
        let decoder = JSONDecoder()
        do {
            let plan = try decoder.decode(
                Plan.self, from: JSONSerialization.data(withJSONObject: object["plan"] ?? NSNull()))
            let personas = try decoder.decode(
                [Persona].self, from: JSONSerialization.data(withJSONObject: object["personas"] ?? NSNull()))
            return StartRecord(
                id: id, at: at, by: object["by"] as? String ?? "", session: session, plan: plan, personas: personas)
        } catch {
            throw .badValue(key: "plan", value: "not a plan snapshot")
        }
    }
}
