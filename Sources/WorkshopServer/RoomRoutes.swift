import Foundation
import Hummingbird
import WorkshopKit

/// The room's addresses. Every page but the front door needs a token in its path: a table's
/// (`/g/TOKEN`) or the facilitator's (`/f/TOKEN`). Nothing reads the disk: assets are compiled in.
extension LiveRoom {
    static let maxBody = 8 * 1024

    func makeRouter() -> Router<RoomContext> {
        let router = Router(context: RoomContext.self)
        router.add(middleware: GuardHeaders())
        router.add(middleware: HeadAsGet())
        router.add(middleware: TrustTokens(connections: connections) { [self] path in holdsToken(path) })
        page(router, "/") { _, _ in
            Reply.html(Page.message("Workshop room", "Open the link on your table's card, or scan its QR code."))
        }
        page(router, "/assets/:name") { _, context in
            guard let asset = context.parameters.get("name").flatMap({ Assets.file($0[...]) }) else {
                return Reply.text(.notFound, "no such file")
            }
            return Reply.body(.ok, type: asset.type, asset.body)
        }
        page(router, "/g/:token") { [self] request, context in
            guard let (token, group) = group(context) else { return Reply.refusal(.forbidden, json: false) }
            let state = gate.state
            let query = request.uri.queryParameters
            let persona = persona(of: group) ?? query.get("persona").flatMap { state.plan.personas.contains($0) ? $0 : nil }
            let page = PhonePage(state: state, group: group, token: token, persona: persona, saved: query.get("saved"),
                                 noted: query.get("noted") == "1")
            return Reply.html(page.html())
        }
        router.post("/g/:token/answers") { [self] request, context in
            try await answer(request, context)
        }
        page(router, "/f/:token") { [self] _, context in
            guard let token = facilitator(context) else { return Reply.refusal(.forbidden, json: false) }
            return Reply.html(ProjectorPage(view: view(), token: token).html())
        }
        page(router, "/f/:token/view") { [self] _, context in
            guard facilitator(context) != nil else { return Reply.refusal(.forbidden, json: true) }
            return Reply.body(.ok, type: "application/json", Self.json(view()))
        }
        router.get("/f/:token/events") { [self] _, context in
            guard facilitator(context) != nil else { return Reply.refusal(.forbidden, json: false) }
            return events()
        }
        router.post("/f/:token/results") { [self] request, context in
            guard let token = facilitator(context) else { return Reply.refusal(.forbidden, json: false) }
            var request = request
            let body = String(buffer: try await request.collectBody(upTo: Self.maxBody))
            hideResults = !body.contains("show=1")
            return Reply.redirect("/f/\(token)")
        }
        page(router, "/f/:token/cards") { [self] _, context in
            guard facilitator(context) != nil else { return Reply.refusal(.forbidden, json: false) }
            let state = gate.state
            let names = Dictionary(state.personas.map { ($0.id, $0.name) }) { first, _ in first }
            let cards = joinLinks.map { ($0.group, $0.persona.map { names[$0] ?? $0 }, $0.link) }
            return Reply.html(JoinCards(title: state.plan.title, cards: cards).html())
        }
        return router
    }

    /// A page: `GET`, and `HEAD` answered the same way (`HeadAsGet` drops the body).
    private func page(_ router: Router<RoomContext>, _ path: RouterPath,
                      _ handler: @escaping @Sendable (Request, RoomContext) async throws -> Response) {
        router.get(path, use: handler)
        router.head(path, use: handler)
    }

    func view() -> RoomView {
        RoomView(state: gate.state, assignments: assignments, hideUntilComplete: hideResults)
    }

    static func json(_ view: RoomView) -> String {
        (try? JSONEncoder().encode(view)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Whether `path` is a table's or the facilitator's address with a valid token.
    func holdsToken(_ path: String) -> Bool {
        let parts = path.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return false }
        let token = String(parts[2].prefix { $0 != "/" })
        switch parts[1] {
        case "g": return group(for: token) != nil
        case "f": return RoomTokens.same(token, tokens.facilitator)
        default: return false
        }
    }

    private func group(_ context: RoomContext) -> (String, String)? {
        guard let token = context.parameters.get("token"), let group = group(for: token) else { return nil }
        return (token, group)
    }

    private func facilitator(_ context: RoomContext) -> String? {
        guard let token = context.parameters.get("token"), RoomTokens.same(token, tokens.facilitator) else { return nil }
        return token
    }

    /// Server-sent events: the view now, then again after every change.
    private func events() -> Response {
        let (id, signals) = broadcast.listen()
        let room = self
        let body = ResponseBody { writer in
            defer { room.broadcast.leave(id) }
            try await writer.write(ByteBuffer(string: "data: \(Self.json(room.view()))\n\n"))
            for await _ in signals {
                try await writer.write(ByteBuffer(string: "data: \(Self.json(room.view()))\n\n"))
                // At most four redraws a second: a projector needs no more, and each takes a copy
                // of the state that the next write must then copy again.
                try await Task.sleep(for: .milliseconds(250))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }
}
