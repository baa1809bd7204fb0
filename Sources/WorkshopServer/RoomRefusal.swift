import Foundation
import Hummingbird

/// Why the room turned a request away: the status and one line for the person holding the phone.
/// Thrown, and answered through Hummingbird's error path (`GuardHeaders` renders it).
struct RoomRefusal: HTTPResponseError, Sendable {
    var status: HTTPResponse.Status
    var reason: String
    /// JSON for the page's script; otherwise a small page when `back` is set, else a line of text.
    var json = false
    /// The page a plain form goes back to.
    var back: String?
    var retryAfter: Int?

    init(status: HTTPResponse.Status, reason: String) {
        self.status = status
        self.reason = reason
    }

    static func bad(_ reason: String) -> RoomRefusal { RoomRefusal(status: .badRequest, reason: reason) }
    static let forbidden = RoomRefusal(
        status: .forbidden, reason: "this link is not one of this room's; ask the facilitator for your table's link")

    /// The same refusal, answered as JSON or not, with a way back and a wait.
    func replying(_ json: Bool, back: String? = nil, retryAfter: Int? = nil) -> RoomRefusal {
        var refusal = self
        refusal.json = json
        refusal.back = back
        refusal.retryAfter = retryAfter
        return refusal
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Reply.refusal(self, json: json, back: back, retryAfter: retryAfter)
    }

    /// The format a route answers refusals in.
    enum Format: Sendable {
        case text
        case json
        /// JSON when the request sent JSON or asks for it (the page's script), else text.
        case asked

        func json(for request: Request) -> Bool {
            switch self {
            case .text: false
            case .json: true
            case .asked: request.sendsJSON || (request.headers[.accept]?.contains("application/json") ?? false)
            }
        }
    }
}
