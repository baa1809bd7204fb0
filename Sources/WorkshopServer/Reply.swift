import Foundation
import Hummingbird
import NIOHTTP1
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
    static func refusal(_ refusal: RoomRefusal, json: Bool, back: String? = nil, retryAfter: Int? = nil) -> Response {
        var response: Response
        if json {
            let encoded = (try? JSONEncoder().encode(["error": refusal.reason])).map { String(decoding: $0, as: UTF8.self) }
            response = body(refusal.status, type: "application/json", encoded ?? "{}")
        } else if let back {
            response = body(refusal.status, type: "text/html; charset=utf-8",
                            Page.message("Not saved", refusal.reason, back: back))
        } else {
            response = text(refusal.status, "\(refusal.status.code): \(refusal.reason)")
        }
        if let retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        return response
    }
}

/// Headers on every response, errors included: a Content-Security-Policy that lets a page load
/// only the binary's own stylesheet and scripts and post only to the room; no sniffing, no referrer
/// (links carry tokens), no caching, no framing.
struct GuardHeaders: RouterMiddleware {
    typealias Context = RoomContext

    static let policy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            let line = error.status == .notFound ? "no such page" : error.status.reasonPhrase.lowercased()
            response = Reply.text(error.status, "\(error.status.code): \(line)")
        } catch is HTTPParserError {
            // A body that breaks HTTP's own rules (a malformed chunk, say) met while reading it.
            response = Reply.text(.badRequest, "400: the request is not well-formed HTTP; send it again")
        } catch {
            response = Reply.text(.internalServerError, "500: the room could not answer that; try again")
        }
        // A table's or the facilitator's address with its token missing or malformed: refused as a
        // wrong token is, not "no such page".
        let path = request.uri.path
        if response.status == .notFound, path == "/g" || path == "/f" || path.hasPrefix("/g/") || path.hasPrefix("/f/") {
            response = Reply.refusal(.forbidden, json: false)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.init("X-Content-Type-Options")!] = "nosniff"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.cacheControl] = response.headers[.cacheControl] ?? "no-store"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        return response
    }
}
