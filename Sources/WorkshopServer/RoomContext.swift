import Hummingbird
import NIOCore

/// A request's context: Hummingbird's core storage, the connection it came on (so that a
/// connection asking with one of the room's tokens can be trusted: `RoomConnections`), where the
/// asker reached the room (`RequestOrigin`, resolved once by `RoomDoor` before routing), and who is
/// asking, resolved once by `Identify` on the routes behind a token.
struct RoomContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let connection: ObjectIdentifier
    /// The address the connection comes from: a phone's, or a reverse proxy's.
    let peer: String?
    var origin = RequestOrigin.direct
    var asker = Asker.nobody

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        connection = ObjectIdentifier(source.channel)
        peer = source.channel.remoteAddress?.ipAddress
    }

    /// The table asking; a route behind `Identify(.table)` always has one.
    func table() throws(RoomRefusal) -> (token: String, group: String) {
        guard case let .table(token, group) = asker else { throw .forbidden }
        return (token, group)
    }

    /// The facilitator's token; a route behind `Identify(.facilitator)` always has it.
    func facilitator() throws(RoomRefusal) -> String {
        guard case let .facilitator(token) = asker else { throw .forbidden }
        return token
    }
}
