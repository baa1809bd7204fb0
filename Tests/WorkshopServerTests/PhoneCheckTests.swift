import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WorkshopServer

/// The network check link (`/check/TOKEN`): the phone's page, and one arrival told per address,
/// naming the phone's own address behind a trusted proxy; from this machine, the arrival says so,
/// since a laptop reaching itself proves nothing about the venue's Wi-Fi.
struct PhoneCheckTests {
    /// The arrivals a room told, in order.
    final class Arrivals: @unchecked Sendable {
        private let lock = NSLock()
        private var hits: [PhoneCheck.Hit] = []
        func add(_ hit: PhoneCheck.Hit) { lock.withLock { hits.append(hit) } }
        var all: [PhoneCheck.Hit] { lock.withLock { hits } }
    }

    static let android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"

    static func room(_ arrivals: Arrivals, url: String? = nil, trust: [String] = []) async throws -> (RoomUnderTest, String) {
        let check = PhoneCheck { arrivals.add($0) }
        let room = try await RoomUnderTest(venue: ProxyRoutesTests.venue(url: url, trust: trust, check: check), settings: RoomSettings())
        return (room, check.token)
    }

    @Test func aPhoneBehindATrustedProxyIsToldOnceWithItsOwnAddress() async throws {
        let arrivals = Arrivals()
        let (room, token) = try await Self.room(arrivals, trust: ["127.0.0.0/8"])
        let link = room.room.checkLink
        let headers = ProxyRoutesTests.forwarded.merging([.userAgent: Self.android])
        try await room.test(.live) { client in
            for _ in 0..<2 {
                try await client.execute(uri: "/check/\(token)", method: .get, headers: headers) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("<h1>This phone reaches the room</h1>"))
                }
            }
            try await client.execute(uri: "/check/\(token)", method: .head, headers: headers) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/check/\(token)x", method: .get, headers: headers) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(arrivals.all == [PhoneCheck.Hit(client: "203.0.113.9", through: "https://proxy.example:8443/room",
                                                 device: "an Android device", fromThisMachine: false)],
                "told once: not for the reload, the HEAD, or a wrong token")
        #expect(link == "\(room.room.linkBase)/check/\(token)")
    }

    @Test func thisMachineOpeningItIsToldAsProvingNothing() async throws {
        let arrivals = Arrivals()
        let (room, token) = try await Self.room(arrivals, url: "https://rooms.example.ac.uk/room/")
        try await room.test(.live) { client in
            // A proxy the room was not told to trust: its forwarded address is not believed.
            try await client.execute(uri: "/room/check/\(token)?lang=cy", method: .get, headers: ProxyRoutesTests.forwarded) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<html lang=\"cy\""))
                #expect(response.text.contains("Mae’r ffôn hwn yn cyrraedd yr ystafell"))
            }
        }
        let hit = try #require(arrivals.all.first)
        #expect(arrivals.all.count == 1)
        #expect(hit.client == "127.0.0.1" && hit.fromThisMachine && hit.proxyNotTrusted)
        #expect(room.room.checkLink == "https://rooms.example.ac.uk/room/check/\(token)")
    }

    @Test func forwardedHeadersFromAProxyNotNamedAreSaidSo() async throws {
        let arrivals = Arrivals()
        let (room, token) = try await Self.room(arrivals)
        try await room.test(.live) { client in
            try await client.execute(uri: "/check/\(token)", method: .get, headers: ProxyRoutesTests.forwarded) { _ in }
            try await client.execute(uri: "/check/\(token)", method: .get) { _ in }
        }
        let hit = try #require(arrivals.all.first)
        #expect(arrivals.all.count == 1, "one address, one line")
        #expect(hit.proxyNotTrusted && hit.client == "127.0.0.1" && hit.through == room.room.linkBase)
    }

    @Test func aRoomWithNoCheckServesNoCheckPage() async throws {
        let room = try await RoomUnderTest(settings: RoomSettings())
        #expect(room.room.checkLink == nil)
        try await room.test { client in
            try await client.execute(uri: "/check/anything", method: .get) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test func aLinkThatGotOutCannotFillThePrompt() {
        let arrivals = Arrivals()
        let check = PhoneCheck { arrivals.add($0) }
        for number in 1...25 {
            check.arrived(PhoneCheck.Hit(client: "198.51.100.\(number)", through: "http://x", device: nil, fromThisMachine: false))
        }
        check.arrived(PhoneCheck.Hit(client: "198.51.100.1", through: "http://x", device: nil, fromThisMachine: false))
        #expect(arrivals.all.map(\.client) == (1...PhoneCheck.mostTold).map { "198.51.100.\($0)" })
        #expect(arrivals.all.map(\.last) == Array(repeating: false, count: PhoneCheck.mostTold - 1) + [true], "the last told says so")
    }

    @Test(arguments: [
        ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)", "an iPhone"),
        ("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) (Macintosh)", "an iPad"),
        (android, "an Android device"), ("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0)", "a Chromebook"),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "a Windows computer"), ("curl/8.5.0", nil),
    ] as [(String, String?)])
    func theDeviceIsNamedFromItsBrowser(agent: String, named: String?) {
        #expect(PhoneCheck.device(agent) == named)
    }

    @Test func loopbackInAnyFormIsThisMachineAndAnotherAddressIsNot() {
        for own in ["127.0.0.1", "127.3.2.1", "::1", "::ffff:127.0.0.1", nil] as [String?] {
            #expect(PhoneCheck.isThisMachine(own), "\(own ?? "nil")")
        }
        for other in ["203.0.113.9", "2001:db8::5", "::ffff:203.0.113.9"] {
            #expect(!PhoneCheck.isThisMachine(other), "\(other)")
        }
    }
}
