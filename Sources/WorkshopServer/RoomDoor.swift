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
            context.origin = RequestOrigin.resolve(request.headers, peer: context.peer, venue: room.venue)
            return try await inner.respond(to: RoomDoor.strip(context.origin.prefix, from: RoomDoor.squeezed(request)), context: context)
        }
    }

    /// `request` with each run of slashes in its path made one: the router skips empty segments, so
    /// `//g/TOKEN/answers` reaches the same route, and every check before it (the window, the
    /// request log's shape) must see the path the router will.
    static func squeezed(_ request: Request) -> Request {
        guard let path = request.head.path, path.contains("//") else { return request }
        let query = path.firstIndex(of: "?") ?? path.endIndex
        var squeezed = ""
        for character in path[..<query] where !(character == "/" && squeezed.hasSuffix("/")) { squeezed.append(character) }
        var head = request.head
        head.path = squeezed + path[query...]
        return Request(head: head, body: request.body)
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
