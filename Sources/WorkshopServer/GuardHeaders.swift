import Hummingbird
import NIOHTTP1

/// The one place every response passes (inside `HeadAsGet` only), errors included: a
/// thrown error becomes its response here (a `RoomRefusal` as itself, any other as one line), and
/// every response gets the guard headers: a Content-Security-Policy that lets a page load only the
/// binary's own stylesheet and scripts and post only to the room; no sniffing, no referrer (links
/// carry tokens), no caching, no framing. Under a path prefix its addresses get the prefix (`Rebase`).
struct GuardHeaders: RouterMiddleware {
    typealias Context = RoomContext
    /// The room, whose plan says which languages a refusal may be worded in.
    let room: LiveRoom

    static let policy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        var refused = false
        do {
            response = try await next(request, context)
        } catch let refusal as RoomRefusal {
            refused = true
            response = refusal.response(in: room.language(request))
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
        // wrong token is, not "no such page". A route's own 404 (an idea a phone may not see) stays.
        let path = request.uri.path
        if response.status == .notFound, !refused, path == "/g" || path == "/f" || path.hasPrefix("/g/") || path.hasPrefix("/f/") {
            response = Reply.refusal(.forbidden, json: false, language: room.language(request))
        }
        PageLanguage.mark(&response, for: request)
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.init("X-Content-Type-Options")!] = "nosniff"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.cacheControl] = response.headers[.cacheControl] ?? "no-store"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        return (try? await Rebase.apply(response, prefix: context.origin.prefix)) ?? response
    }
}
