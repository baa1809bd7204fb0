import Foundation
import Hummingbird
import WorkshopKit

/// What a phone posts about its ideas: a new idea (`prompt`, `text`, optional `activity`), an edit
/// (`text`), a withdrawal (nothing but the key), or dots (`prompt`, `item`, `count`); a form
/// (JavaScript off) or the same fields as JSON. Every one carries the phone's idempotency key.
struct IdeaForm: Decodable, Sendable {
    var prompt: String?
    var text: String?
    var activity: String?
    var item: String?
    var count: Count?
    /// The persona chosen on the phone, sent so a plain form comes back to the page as it was.
    var persona: String?
    var key: String

    /// A number of dots, sent as a number (JSON) or as text (a form, or JSON from a form's value).
    struct Count: Decodable, Sendable {
        var value: Int

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                value = number
                return
            }
            let text = try container.decode(String.self)
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a whole number")
            }
            value = number
        }
    }

    /// Reads a body, or a one-line reason it cannot be read.
    static func decode(_ body: ByteBuffer, json: Bool) -> Result<IdeaForm, RoomRefusal> {
        let text = String(buffer: body)
        do {
            if json { return .success(try JSONDecoder().decode(IdeaForm.self, from: Data(text.utf8))) }
            return .success(try URLEncodedFormDecoder().decode(IdeaForm.self, from: text))
        } catch let DecodingError.keyNotFound(key, _) {
            return .failure(.bad("the request has no '\(key.stringValue)' field"))
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.last?.stringValue == "count" {
            return .failure(.bad("'count' must be a whole number of dots"))
        } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
            let field = context.codingPath[context.codingPath.count - 1].stringValue
            return .failure(.bad(field == "count" ? "'count' must be a whole number of dots" : "'\(field)' must be text"))
        } catch {
            return .failure(.bad(json ? "the body is not a JSON object of idea fields" : "the body is not a form of idea fields"))
        }
    }

    /// The idea text as sent, line breaks made plain; refused (400) when missing or holding control characters.
    func wording() -> Result<String, RoomRefusal> {
        guard let text else { return .failure(.bad("the request has no 'text' field")) }
        let plain = text.replacingOccurrences(of: "\r\n", with: "\n")
        if AnswerForm.hasControls(plain) { return .failure(.bad(key: "room.refusal.idea_controls")) }
        return .success(plain)
    }

    /// The prompt named, if the plan has it (400 otherwise).
    func promptID(in plan: Plan) -> Result<String, RoomRefusal> {
        guard let prompt, !prompt.isEmpty else { return .failure(.bad("the request has no 'prompt' field")) }
        guard plan.prompts.contains(where: { $0.id == prompt }) else {
            return .failure(.bad("no prompt '\(AnswerForm.shown(prompt))' in this session"))
        }
        return .success(prompt)
    }

    /// The record id for `group`: the key with what was sent, `kind` first (a key reused for an
    /// answer or another kind of change stands for another record).
    func recordID(secret: String, group: String, kind: String, _ parts: [String]) -> UInt64 {
        SubmissionID.make(secret: secret, group: group, key: ([key, "\u{1}" + kind] + parts).joined(separator: "\u{0}"))
    }
}
