import Foundation
import Hummingbird

/// `serve --log-requests`: one line per request answered, for a room that runs unattended (a
/// service's journal): when, the method, the path with its token taken out and no query, the
/// status and the milliseconds to the response's head. No token, note or idea text is ever in a
/// line: the body is not read, and only the shape of the path is kept (`shape`). An event stream
/// is logged when it starts, not when it ends.
struct RequestLog: RouterMiddleware {
    typealias Context = RoomContext
    let write: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        do {
            let response = try await next(request, context)
            write(Self.line(request, status: response.status.code, since: started))
            return response
        } catch {
            // Only an error that escaped every handler (the guard answers the rest) gets here.
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            write(Self.line(request, status: status, since: started))
            throw error
        }
    }

    /// The line for `request` answered with `status`, `since` it arrived.
    static func line(_ request: Request, status: Int, since started: ContinuousClock.Instant, at now: Date = Date()) -> String {
        let elapsed = ContinuousClock.now - started
        let milliseconds = Int(elapsed.components.seconds) * 1000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
        let stamp = now.formatted(.iso8601)  // a value type: no formatter made per request
        return "\(stamp) \(plain(request.method.rawValue, limit: 10)) \(shape(request.uri.path)) \(status) \(milliseconds) ms"
    }

    /// The path as the room's routes see it, with what could carry a secret replaced: the token
    /// after `/g/`, `/f/`, `/i/`, `/join/` and `/check/` is `:token`; a path none of the room's addresses
    /// starts with is `/(other)` (a phone that mistyped its link may have put the token anywhere).
    static func shape(_ path: String) -> String {
        // Empty segments dropped as the router drops them: `//g/TOKEN` is `/g/:token` too.
        var parts = path.split(separator: "/").map(String.init)
        guard let first = parts.first else { return "/" }
        switch first {
        case "g", "f", "i", "join", "check":
            if parts.count > 1 { parts[1] = ":token" }
        case "assets":
            break
        default:
            return "/(other)"
        }
        return plain("/" + parts.joined(separator: "/"), limit: 200)
    }

    /// `text` with anything but letters, digits and `-._~/%:` shown as `?`, at most `limit`
    /// characters: a line is one line, whatever a request sent.
    private static func plain(_ text: String, limit: Int) -> String {
        let kept = text.unicodeScalars.prefix(limit).map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-._~/%:".unicodeScalars.contains(scalar))
                ? Character(scalar) : "?"
        }
        return String(kept) + (text.unicodeScalars.count > limit ? "…" : "")
    }
}
