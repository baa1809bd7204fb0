import Hummingbird

/// The room's router with one step before it: where the request comes from (`RequestOrigin`), and
/// its path with the prefix taken off when the proxy passes the prefix on (Caddy's `handle`, an
/// nginx `proxy_pass` without a path) rather than stripping it (`handle_path`): both work.
/// Before routing, because the router finds the route by the path.
struct RoomDoor: HTTPResponderBuilder {
    let router: Router<RoomContext>
    let room: LiveRoom

    func buildResponder() -> Door {
        Door(inner: router.buildResponder(), room: room)
    }

    /// The responder: origin, prefix, then the router's own.
    struct Door: HTTPResponder {
        let inner: RouterResponder<RoomContext>
        let room: LiveRoom

        func respond(to request: Request, context: RoomContext) async throws -> Response {
            var context = context
            context.origin = RequestOrigin.resolve(request.headers, peer: context.peer, settings: room.settings)
            return try await inner.respond(to: RoomDoor.strip(context.origin.prefix, from: request), context: context)
        }
    }

    /// `request` with `prefix` taken off the front of its path, when the path starts with it.
    static func strip(_ prefix: String, from request: Request) -> Request {
        guard !prefix.isEmpty, let path = request.head.path, path.hasPrefix(prefix) else { return request }
        let rest = path.dropFirst(prefix.count)
        guard rest.isEmpty || rest.hasPrefix("/") || rest.hasPrefix("?") else { return request }
        var head = request.head
        head.path = rest.hasPrefix("/") ? String(rest) : "/" + rest
        return Request(head: head, body: request.body)
    }
}
