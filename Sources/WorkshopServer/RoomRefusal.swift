import Foundation
import Hummingbird
import WorkshopKit

/// Why the room turned a request away: the status and one line for the person holding the phone.
/// Thrown, and answered through Hummingbird's error path (`GuardHeaders` renders it, in the
/// request's language: a refusal a phone may show carries its catalogue key and values).
struct RoomRefusal: HTTPResponseError, Sendable {
    var status: HTTPResponse.Status
    /// The line in English (the terminal's, and a test's).
    var reason: String
    /// The line's key in the catalogue and its values; nil for a request no page of ours sends.
    var key: String?
    var values: [String: String] = [:]
    /// JSON for the page's script; otherwise a small page when `back` is set, else a line of text.
    var json = false
    /// The page a plain form goes back to.
    var back: String?
    var retryAfter: Int?

    init(status: HTTPResponse.Status, reason: String) {
        self.status = status
        self.reason = reason
    }

    /// A refusal worded by the catalogue's `key`.
    init(_ status: HTTPResponse.Status, _ key: String, _ values: [String: String] = [:]) {
        self.init(status: status, reason: Messages.english[key, values])
        self.key = key
        self.values = values
    }

    /// The line in `messages`' language.
    /// An English phone gets `reason` itself, which may say more than the key's words (the
    /// session's own line for a change it refused).
    func reason(in messages: Messages) -> String {
        guard messages.language != "en" else { return reason }
        return key.map { messages[$0, values] } ?? reason
    }

    static func bad(_ reason: String) -> RoomRefusal { RoomRefusal(status: .badRequest, reason: reason) }
    static func bad(key: String, _ values: [String: String] = [:]) -> RoomRefusal { RoomRefusal(.badRequest, key, values) }
    static let forbidden = RoomRefusal(.forbidden, "room.refusal.forbidden")

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

    /// The response in `language`.
    func response(in language: PageLanguage) -> Response {
        Reply.refusal(self, json: json, back: back, retryAfter: retryAfter, language: language)
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
