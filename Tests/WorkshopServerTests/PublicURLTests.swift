import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WorkshopServer

/// `--public-url` read or refused, and the links of a room given one: the room's own, and the ones
/// the join cards page and the poster show.
struct PublicURLTests {
    @Test func aPublicURLIsReadWithItsPrefix() throws {
        let url = try PublicURL.parse("HTTPS://rooms.example.ac.uk/stirling/")
        #expect(url.base == "https://rooms.example.ac.uk/stirling" && url.prefix == "/stirling")
        #expect(try PublicURL.parse("http://10.0.0.7:8080").base == "http://10.0.0.7:8080")
        #expect(try PublicURL.parse("http://10.0.0.7:8080/").prefix == "")
        #expect(try PublicURL.parse("https://[::1]:8443/a/b/").base == "https://[::1]:8443/a/b")
        #expect(try PublicURL.parse("https://host/stirling").prefix == "/stirling", "the last slash may be left off")
        for bad in ["", "https://", "https://:80/", "https://host:/", "https://host:0/", "https://host:65536/", "https://host/a//",
                    "https://host/assets/", "https://host/check", "https://host/join/x/", "https://host/#x",
                    "https://h st/", "https://host/\u{1b}[31m/", "https://bücher.example/", "https://host/a\"b/"] {
            #expect(throws: RoomError.self, "\(bad)") { try PublicURL.parse(bad) }
        }
    }

    static func room(_ url: String, individuals: Bool = false) async throws -> RoomUnderTest {
        try await RoomUnderTest(venue: RoomVenue(publicURL: try PublicURL.parse(url)),
                                settings: RoomSettings(individuals: individuals ? .init() : nil))
    }

    @Test func theRoomsLinksAndItsCardsNameThePublicURL() async throws {
        let room = try await Self.room("https://rooms.example.ac.uk/room/")
        let live = room.room, facilitator = room.facilitator
        let tokens = Dictionary(uniqueKeysWithValues: live.tokens.groups.map { ($0.key, $0.value) })
        #expect(live.joinLinks.count == 5)
        for (group, _, link) in live.joinLinks {
            #expect(link == "https://rooms.example.ac.uk/room/g/" + (tokens[group] ?? "?"))
        }
        #expect(live.projectorLink == "https://rooms.example.ac.uk/room/f/\(facilitator)")
        #expect(live.cardsLink == "https://rooms.example.ac.uk/room/f/\(facilitator)/cards")
        #expect(live.reachWarning == nil, "a proxy on this machine reaches loopback")
        #expect(live.otherBases.isEmpty)
        try await room.test { client in
            try await client.execute(uri: "/f/\(facilitator)/cards", method: .get) { response in
                #expect(response.status == .ok)
                for group in ["table-1", "table-5"] {
                    #expect(response.text.contains("<p class=\"link\">https://rooms.example.ac.uk/room/g/\(tokens[group] ?? "?")</p>"))
                }
                #expect(!response.text.contains("127.0.0.1"))
            }
        }
    }

    @Test func thePosterOfARoomOfIndividualsNamesThePublicURL() async throws {
        let room = try await Self.room("http://venue.example:8080/", individuals: true)
        let link = try #require(room.room.roomLink), facilitator = room.facilitator
        #expect(link.hasPrefix("http://venue.example:8080/join/"))
        try await room.test { client in
            try await client.execute(uri: "/f/\(facilitator)/cards", method: .get) { response in
                #expect(response.text.contains("<p class=\"link\">\(link)</p>"))
            }
        }
    }

    @Test func loopbackWithoutAPublicURLIsWarnedOf() async throws {
        let room = try await RoomUnderTest(settings: RoomSettings())
        #expect(room.room.reachWarning == "phones cannot reach 127.0.0.1; listen on 0.0.0.0 or give --public-url")
        #expect(room.room.linkBase == room.room.base)
        await RoomUnderTest.stop(room.room)
    }
}
