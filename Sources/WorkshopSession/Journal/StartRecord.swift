import Foundation
import WorkshopModel

/// The first journal line: who started which session from which plan, with the plan and personas
/// as they were, so later edits to the YAML never change what an old session meant.
package struct StartRecord {
    package var id: UInt64
    package var at: Int64
    package var by: String
    package var session: String
    package var plan: Plan
    package var personas: [Persona]
    /// The journal format the session was started in (1 for journals from before it was recorded).
    package var format = JournalFormat.current
    /// The program that started it, e.g. `workshop 0.2.0`.
    package var writer: String? = JournalFormat.writer
    /// How many actions earlier meetings of the series agreed: this session's numbers continue from it.
    package var actionBase = 0

    package func line() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = JSONLine()
        line.add("type", RecordKind.start.rawValue)
        line.add("id", RecordID.format(id))
        line.add("at", Timestamp.format(at))
        line.add("by", by)
        line.add("session", session)
        line.addRaw("format", json: Array(String(format).utf8))
        line.add("writer", writer)
        if actionBase > 0 { line.addRaw("actionBase", json: Array(String(actionBase).utf8)) }
        line.addRaw("plan", json: Array(try encoder.encode(plan)))
        line.addRaw("personas", json: Array(try encoder.encode(personas)))
        return line.finished()
    }

    /// The start line as it is on disk, decoded in one pass.
    private struct Payload: Decodable {
        var type: String
        var id: String
        var at: String
        var by: String?
        var session: String
        var plan: Plan
        var personas: [Persona]
        var format: Int?
        var writer: String?
        var actionBase: Int?
    }

    package static func parse(_ line: UnsafeRawBufferPointer) throws(ReplayProblem) -> StartRecord {
        if let column = UTF8Check.firstInvalidColumn(line) { throw .invalidUTF8(column: column) }
        let payload: Payload
        do {
            payload = try JSONDecoder().decode(Payload.self, from: Data(line))
        } catch DecodingError.dataCorrupted {
            throw .notJSON
        } catch DecodingError.keyNotFound(let key, _) {
            let isStart = String(decoding: line, as: UTF8.self).contains(#""type":"start""#)
            throw isStart ? .missing(key: key.stringValue) : .noStart
        } catch {
            throw .badValue(key: "start", value: "not a session's start record")
        }
        guard payload.type == RecordKind.start.rawValue else { throw .noStart }
        guard let id = RecordID.parse(payload.id) else { throw .badValue(key: "id", value: payload.id) }
        guard let at = Timestamp.parse(payload.at) else { throw .badValue(key: "at", value: payload.at) }
        return StartRecord(
            id: id, at: at, by: payload.by ?? "", session: payload.session, plan: payload.plan,
            personas: payload.personas, format: payload.format ?? 1, writer: payload.writer,
            actionBase: payload.actionBase ?? 0)
    }
}
