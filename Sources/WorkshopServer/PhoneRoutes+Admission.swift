import Hummingbird
import WorkshopKit

/// What every phone write starts with, answers and ideas alike: who asks, whether the page wants
/// JSON, the rate limit they share, the body (413 over the limit); and how the writer's outcome
/// becomes a refusal.
extension PhoneRoutes {
    struct Admitted {
        var token: String
        var group: String
        var json: Bool
        var body: ByteBuffer
        var back: String { "/g/\(token)" }

        /// A refusal worded for this request: JSON, or a page with a way back.
        func refusal(_ status: HTTPResponse.Status, _ reason: String, retryAfter: Int? = nil) -> RoomRefusal {
            RoomRefusal(status: status, reason: reason).replying(json, back: back, retryAfter: retryAfter)
        }

        /// A refusal worded by the catalogue.
        func refusal(_ status: HTTPResponse.Status, key: String, _ values: [String: String], retryAfter: Int? = nil) -> RoomRefusal {
            RoomRefusal(status, key, values).replying(json, back: back, retryAfter: retryAfter)
        }

        /// Throws what a phone is told when the writer did not save it: 409, or 507 for the disk.
        func check(_ acknowledgement: Acknowledgement) throws {
            switch acknowledgement {
            case let .refused(reason, key?, values):
                var refused = refusal(.conflict, key: key, values)
                refused.reason = reason
                throw refused
            case let .refused(reason, nil, _): throw refusal(.conflict, reason)
            case .unwritable: throw refusal(PhoneRoutes.insufficientStorage, key: "room.refusal.writer_disk", [:])
            case .saved, .duplicate: break
            }
        }
    }

    /// `sending` names what comes too fast ("answers", else "requests": ideas and dots); `tooLarge`
    /// says what to do about a big body, in English (the catalogue words it for each kind).
    func admit(_ request: Request, _ context: RoomContext, sending: String, tooLarge: String) async throws -> Admitted {
        let json = RoomRefusal.Format.asked.json(for: request)
        let (token, group) = try context.table()
        var admitted = Admitted(token: token, group: group, json: json, body: ByteBuffer())
        if let wait = room.limiter.wait(for: token) {
            throw admitted.refusal(.tooManyRequests, key: sending == "answers" ? "room.refusal.too_many_answers" : "room.refusal.too_many",
                                   ["seconds": String(wait)], retryAfter: wait)
        }
        var request = request
        do {
            admitted.body = try await request.collectBody(upTo: LiveRoom.maxBody)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw admitted.refusal(.contentTooLarge, key: sending == "answers" ? "room.refusal.answer_too_large" : "room.refusal.too_large",
                                   ["size": String(LiveRoom.maxBody / 1024), "limit": String(TextLimit.idea)])
        }
        return admitted
    }
}
