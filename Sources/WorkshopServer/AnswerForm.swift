import Foundation
import Hummingbird
import WorkshopKit

/// What a phone posts: a form (JavaScript off) or the same fields as JSON. Without `answer` it is a
/// note sent on its own ("Save note").
struct AnswerForm: Decodable, Sendable {
    var activity: String
    var answer: String?
    var persona: String?
    var criterion: String?
    var note: String?
    /// The submission's idempotency key: the phone makes one per answer and sends it again on a retry.
    var key: String

    static let maxNote = TextLimit.note

    /// Reads a body, or a one-line reason it cannot be read.
    static func decode(_ body: ByteBuffer, json: Bool) -> Result<AnswerForm, RoomRefusal> {
        let text = String(buffer: body)
        do {
            if json { return .success(try JSONDecoder().decode(AnswerForm.self, from: Data(text.utf8))) }
            return .success(try URLEncodedFormDecoder().decode(AnswerForm.self, from: text))
        } catch let DecodingError.keyNotFound(key, _) {
            return .failure(.bad("the answer has no '\(key.stringValue)' field"))
        } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
            return .failure(.bad("'\(context.codingPath[context.codingPath.count - 1].stringValue)' must be text"))
        } catch {
            return .failure(.bad(json ? "the body is not a JSON object of answer fields"
                                      : "the body is not a form of answer fields"))
        }
    }

    /// The submission this form stands for from `group`, checked against the session's state.
    func submission(group: String, assigned: String?, rules: RoomRules, secret: String)
        -> Result<Submission, RoomRefusal>
    {
        let plan = rules.plan
        if let refusal = Self.refusal(ofKey: key) { return .failure(refusal) }
        if rules.closed { return .failure(RoomRefusal(.conflict, "room.refusal.closed_answers")) }
        guard rules.admits(group) else {
            return .failure(RoomRefusal(.forbidden, "room.refusal.gone"))
        }
        guard rules.activities.contains(activity) else {
            return .failure(.bad("no activity '\(Self.shown(activity))' in this session"))
        }
        let persona = assigned ?? persona ?? ""
        if let assigned, let asked = self.persona, asked != assigned {
            return .failure(.bad("this table plays '\(assigned)', not '\(Self.shown(asked))'"))
        }
        guard plan.personas.contains(persona) else {
            return .failure(.bad(persona.isEmpty ? "choose a persona first" : "no persona '\(Self.shown(persona))' in this session"))
        }
        let choice: Answer?
        switch answer {
        case nil: choice = nil
        case Scale.unsureKey?, "unsure"?: choice = .unsure
        case let key?:
            guard let index = plan.scale.index(ofKey: key) else {
                let keys = plan.scale.levels.map(\.key).joined(separator: ", ")
                return .failure(.bad("'\(Self.shown(key))' is not on the scale \(plan.scale.name) (\(keys), or ? for unsure)"))
            }
            choice = .level(index)
        }
        if plan.criteria.isEmpty, criterion != nil, criterion != "" {
            return .failure(.bad("this session rates no criteria, so 'criterion' must be left out"))
        }
        if !plan.criteria.isEmpty, !plan.criteria.contains(where: { $0.id == criterion }) {
            let ids = plan.criteria.map(\.id).joined(separator: ", ")
            return .failure(.bad("'criterion' must be one of \(ids)"))
        }
        let note = self.note.map { $0.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        if let note, note.count > Self.maxNote {
            return .failure(.bad(key: "room.refusal.note_long", ["length": String(note.count), "limit": String(Self.maxNote)]))
        }
        if let note, Self.hasControls(note) {
            return .failure(.bad(key: "room.refusal.note_controls"))
        }
        if choice == nil, note == nil {
            return .failure(.bad(key: "room.refusal.nothing"))
        }
        let cell = Cell(activity: activity, persona: persona, group: group, criterion: plan.criteria.isEmpty ? nil : criterion)
        return .success(Submission(cell: cell, answer: choice, note: note,
                                   recordID: SubmissionID.make(secret: secret, group: group,
                                                               key: [key, activity, criterion ?? "", answer ?? "", note ?? ""].joined(separator: "\u{0}"))))
    }

    /// Why an idempotency key is refused (400), or nil for a good one.
    static func refusal(ofKey key: String) -> RoomRefusal? {
        guard (1...64).contains(key.utf8.count),
              key.utf8.allSatisfy({ $0 == 0x2D || $0 == 0x5F || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0)
                  || (0x61...0x7A).contains($0) })
        else { return .bad("'key' must be 1 to 64 letters, digits, '-' or '_'") }
        return nil
    }

    /// Whether a phone's text holds control characters other than a line break or a tab.
    static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || $0.value == 0x7F }
    }

    /// A value from the phone as an error message shows it: no control characters, at most 40 characters.
    static func shown(_ text: String) -> String {
        let plain = String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
        return plain.count > 40 ? String(plain.prefix(40)) + "…" : plain
    }
}
