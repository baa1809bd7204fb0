import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WorkshopServer

/// The room under a path prefix and behind a reverse proxy: with `--public-url .../room/` every
/// address a page or a redirect names carries the prefix, whether the proxy strips it or passes it
/// on; a trusted proxy's `X-Forwarded-*` headers name the host and prefix on the join cards; the same
/// headers from anyone else change nothing.
struct ProxyRoutesTests {
    static let forwarded: HTTPFields = [
        .init("X-Forwarded-Proto")!: "https", .init("X-Forwarded-Host")!: "proxy.example:8443",
        .init("X-Forwarded-Prefix")!: "/room/", .init("X-Forwarded-For")!: "6.6.6.6, 203.0.113.9",
    ]

    static func venue(url: String? = nil, trust: [String] = [], check: PhoneCheck? = nil) throws -> RoomVenue {
        RoomVenue(publicURL: try url.map { try PublicURL.parse($0) }, trustedProxies: try trust.map { try ProxyAddress.parse($0) },
                  check: check)
    }

    @Test func aPageUnderThePublicURLsPathNamesItsAddressesUnderIt() async throws {
        let room = try await RoomUnderTest(venue: Self.venue(url: "https://rooms.example.ac.uk/room/"), settings: RoomSettings())
        let token = room.token(), facilitator = room.facilitator
        let links = room.room.joinLinks.map(\.link), projector = room.room.projectorLink
        try await room.test { client in
            // Caddy's handle_path strips the prefix; its handle passes it on: the same page either way.
            for uri in ["/room/g/\(token)?persona=academic", "/g/\(token)?persona=academic"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let page = response.text
                    #expect(page.contains(" href=\"/room/assets/room.css\""), "\(uri)")
                    #expect(page.contains(" action=\"/room/g/\(token)/answers\""), "\(uri)")
                    #expect(!page.contains(" href=\"/assets") && !page.contains(" action=\"/g/"), "\(uri): nothing left at the root")
                }
            }
            try await client.execute(uri: "/room/g/\(token)/answers", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "activity=drop-in&answer=4&persona=academic&key=p-1")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location]?.hasPrefix("/room/g/\(token)?persona=academic&saved=drop-in") == true)
            }
            try await client.execute(uri: "/room/f/\(facilitator)/cards", method: .get) { response in
                #expect(response.text.contains("https://rooms.example.ac.uk/room/g/\(token)"))
            }
            try await client.execute(uri: "/room/f/\(facilitator)", method: .get) { response in
                #expect(response.text.contains(" data-events=\"/room/f/\(facilitator)/events\""))
            }
            try await client.execute(uri: "/roomy/g/\(token)", method: .get) { response in
                #expect(response.status == .notFound, "a path that only starts with the prefix's letters is not under it")
            }
        }
        #expect(links.count == 5 && links.allSatisfy { $0.hasPrefix("https://rooms.example.ac.uk/room/g/") })
        #expect(projector == "https://rooms.example.ac.uk/room/f/\(facilitator)")
    }

    @Test func aTrustedProxysHeadersNameTheHostAndPrefix() async throws {
        let room = try await RoomUnderTest(venue: Self.venue(trust: ["127.0.0.0/8"]), settings: RoomSettings())
        let token = room.token(), facilitator = room.facilitator
        try await room.test(.live) { client in
            try await client.execute(uri: "/f/\(facilitator)/cards", method: .get, headers: Self.forwarded) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("https://proxy.example:8443/room/g/\(token)"), "the card names the proxy's address")
                #expect(response.text.contains(" href=\"/room/assets/cards.css\""))
            }
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Self.forwarded.merging(Headers.form),
                                     body: ByteBuffer(string: "activity=drop-in&answer=4&persona=academic&key=p-2")) { response in
                #expect(response.headers[.location]?.hasPrefix("/room/g/\(token)?") == true)
            }
        }
    }

    @Test func anUntrustedPeersForwardedHeadersAreIgnored() async throws {
        let room = try await RoomUnderTest(venue: Self.venue(trust: ["10.0.0.0/8", "::2"]), settings: RoomSettings())
        let token = room.token(), facilitator = room.facilitator, linkBase = room.room.linkBase
        try await room.test(.live) { client in
            try await client.execute(uri: "/f/\(facilitator)/cards", method: .get, headers: Self.forwarded) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("proxy.example"))
                #expect(response.text.contains("\(linkBase)/g/\(token)"), "the room's own address")
                #expect(response.text.contains(" href=\"/assets/cards.css\""))
            }
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Self.forwarded.merging(Headers.form),
                                     body: ByteBuffer(string: "activity=drop-in&answer=4&persona=academic&key=p-3")) { response in
                #expect(response.headers[.location]?.hasPrefix("/g/\(token)?") == true)
            }
        }
    }
}

extension HTTPFields {
    func merging(_ other: HTTPFields) -> HTTPFields {
        var result = self
        result.append(contentsOf: other)
        return result
    }
}
