import Hummingbird

/// A request's context: Hummingbird's basic one, and the connection it came on (so that a
/// connection asking with one of the room's tokens can be trusted: `RoomConnections`).
struct RoomContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let connection: ObjectIdentifier

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        connection = ObjectIdentifier(source.channel)
    }
}

/// Marks the connection of a request whose path holds one of the room's tokens as trusted: a
/// table's phone or the projector, kept when the room is full of connections.
struct TrustTokens: RouterMiddleware {
    typealias Context = RoomContext
    let connections: RoomConnections
    let knows: @Sendable (_ path: String) -> Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if knows(request.uri.path) { connections.trust(context.connection) }
        return try await next(request, context)
    }
}
