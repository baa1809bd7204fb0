import NIOCore
import NIOEmbedded
import Testing
@testable import WorkshopServer

/// Connections held below the cap: a newcomer pushes out the oldest untrusted connection, never a
/// trusted one; when every other is trusted the newcomer itself goes.
struct RoomConnectionsTests {
    func connected() throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        return channel
    }

    @Test func aNewcomerPushesOutTheOldestUntrustedConnection() throws {
        let connections = RoomConnections(capacity: 2)
        let phone = try connected(), idle = try connected(), late = try connected()
        connections.opened(phone)
        connections.trust(ObjectIdentifier(phone))
        connections.opened(idle)
        connections.opened(late)
        #expect(phone.isActive && !idle.isActive && late.isActive)
        #expect(connections.count == 2)
    }

    @Test func whenEveryOtherIsTrustedTheNewcomerGoes() throws {
        let connections = RoomConnections(capacity: 2)
        let first = try connected(), second = try connected(), third = try connected()
        for channel in [first, second] {
            connections.opened(channel)
            connections.trust(ObjectIdentifier(channel))
        }
        connections.opened(third)
        #expect(first.isActive && second.isActive && !third.isActive)
        connections.closed(ObjectIdentifier(first))
        let fourth = try connected()
        connections.opened(fourth)
        #expect(fourth.isActive && connections.count == 2)
    }

    @Test func manyComingAndGoingKeepTheQueueSmall() throws {
        let connections = RoomConnections(capacity: 8)
        for _ in 0..<20_000 {
            let channel = try connected()
            connections.opened(channel)
        }
        #expect(connections.count == 8)
        #expect(connections.queued <= 8 + 4096 + 1)
    }
}
