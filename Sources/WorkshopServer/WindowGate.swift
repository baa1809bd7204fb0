import Hummingbird
import WorkshopKit

/// The window's one check (`serve --open-from`, `--until`), on the whole router: outside it, a
/// phone's page (`/g/TOKEN`, `/i/TOKEN`, the room link `/join/TOKEN`) is the page saying when the
/// room opens or that it closed, and a phone's write is refused with the same words, nothing
/// written. A token that is not the room's passes on, to be refused as it always is; the
/// projector (`/f/TOKEN`), the assets and a phone's event stream (it only reads) are not affected.
struct WindowGate: RouterMiddleware {
    typealias Context = RoomContext
    let room: LiveRoom

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let window = room.venue.window, let notice = window.notice(window.moment),
              let phone = phone(request.uri.path) else { return try await next(request, context) }
        let language = room.language(request)
        guard request.method == .get || request.method == .head else {
            let refusal = RoomRefusal(.forbidden, "room.window.refusal.\(notice.name)", window.values(notice, language.messages))
            throw refusal.replying(RoomRefusal.Format.asked.json(for: request), back: phone.back)
        }
        let title = room.gate.rules.plan.title
        return Reply.html(WindowPage(title: title, window: window, notice: notice, language: language,
                                     query: PageLanguage.query(request)).html())
    }

    /// The phone a path belongs to, when it is one of the room's phones' and not its event stream;
    /// `back` is the page a refused plain form returns to.
    private func phone(_ path: String) -> (token: String, back: String?)? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard parts.count >= 2, parts.last != "events" else { return nil }
        let (door, token) = (parts[parts.startIndex], String(parts[parts.startIndex + 1]))
        switch door {
        case "g", "i":
            guard room.group(for: token) != nil else { return nil }
            return (token, "/g/\(token)")
        case "join":
            guard room.isRoomLink(token) else { return nil }
            return (token, nil)
        default:
            return nil
        }
    }
}
