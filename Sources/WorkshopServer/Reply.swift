import Foundation
import Hummingbird
import WorkshopKit

/// Responses, built one way: the body as UTF-8 with its type; refusals as one line of text or JSON.
enum Reply {
    static func body(_ status: HTTPResponse.Status, type: String, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func html(_ text: String) -> Response { body(.ok, type: "text/html; charset=utf-8", text) }

    static func text(_ status: HTTPResponse.Status, _ line: String) -> Response {
        body(status, type: "text/plain; charset=utf-8", line + "\n")
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// The reason in one line: `{"error": ...}` for the page's script, a small page for a plain form
    /// (with a link back), plain text for anything else.
    static func refusal(_ refusal: RoomRefusal, json: Bool, back: String? = nil, retryAfter: Int? = nil,
                        language: PageLanguage = .english) -> Response {
        var response: Response
        let reason = refusal.reason(in: language.messages)
        if json {
            let encoded = (try? JSONEncoder().encode(["error": reason])).map { String(decoding: $0, as: UTF8.self) }
            response = body(refusal.status, type: "application/json", encoded ?? "{}")
        } else if let back {
            response = body(refusal.status, type: "text/html; charset=utf-8",
                            Page.message(language.messages["room.not_saved"], reason, back: back, language: language))
        } else {
            response = text(refusal.status, "\(refusal.status.code): \(reason)")
        }
        if let retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        return response
    }
}
