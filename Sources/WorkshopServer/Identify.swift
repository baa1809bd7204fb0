import Hummingbird

/// The one token check: on the routes behind a table's (`/g/TOKEN`) or the facilitator's
/// (`/f/TOKEN`) address, finds who the token belongs to and puts them in the context, trusts the
/// connection (`RoomConnections` keeps it when the room is full), or refuses with 403. In
/// individuals mode a phone's token is checked by computing its HMAC again (`LiveRoom.group(for:)`,
/// `IndividualToken`), with no table to look it up in; a table's token is refused there.
struct Identify: RouterMiddleware {
    typealias Context = RoomContext
    enum Role: Sendable { case table, facilitator }

    let role: Role
    /// How a wrong token is refused: the format the route answers in.
    let format: RoomRefusal.Format
    let room: LiveRoom

    init(_ role: Role, format: RoomRefusal.Format = .text, room: LiveRoom) {
        self.role = role
        self.format = format
        self.room = room
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        guard let token = context.parameters.get("token"), let asker = asker(token) else {
            throw RoomRefusal.forbidden.replying(format.json(for: request))
        }
        room.connections.trust(context.connection)
        context.asker = asker
        return try await next(request, context)
    }

    private func asker(_ token: String) -> Asker? {
        switch role {
        case .table: room.group(for: token).map { .table(token: token, group: $0) }
        case .facilitator: RoomTokens.same(token, room.tokens.facilitator) ? .facilitator(token: token) : nil
        }
    }
}
