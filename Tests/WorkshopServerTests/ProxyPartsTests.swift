import Hummingbird
import Testing
@testable import WorkshopServer

/// The parts of serving behind a proxy on their own: a trusted
/// address or network matched, a request's origin resolved from a trusted peer and ignored from
/// another, a prefix taken off a path, a page's addresses put under one.
struct ProxyPartsTests {
    @Test func aTrustedProxyIsAnAddressOrANetwork() throws {
        let one = try ProxyAddress.parse("127.0.0.1")
        #expect(one.contains("127.0.0.1") && one.contains("::ffff:127.0.0.1") && !one.contains("127.0.0.2"))
        let net = try ProxyAddress.parse("10.1.0.0/17")
        #expect(net.contains("10.1.127.255") && !net.contains("10.1.128.0") && !net.contains("11.1.0.1"))
        #expect(try ProxyAddress.parse("0.0.0.0/0").contains("203.0.113.9"))
        #expect(try ProxyAddress.parse("fd00::/8").contains("fd12::1") && !(try ProxyAddress.parse("fd00::/8")).contains("fe80::1"))
        #expect(!(try ProxyAddress.parse("::1")).contains("127.0.0.1"), "IPv6 loopback is not IPv4's")
        for bad in ["proxy.local", "10.0.0.0/33", "10.0.0.0/", "1.2.3.4/8/8", ""] {
            #expect(throws: RoomError.self, "\(bad)") { try ProxyAddress.parse(bad) }
        }
    }

    @Test func forwardedHeadersCountOnlyFromATrustedPeer() throws {
        var venue = RoomVenue(trustedProxies: [try ProxyAddress.parse("127.0.0.1")])
        let headers = ProxyRoutesTests.forwarded
        let trusted = RequestOrigin.resolve(headers, peer: "127.0.0.1", venue: venue)
        #expect(trusted == RequestOrigin(client: "203.0.113.9", prefix: "/room", base: "https://proxy.example:8443/room", viaProxy: true),
                "the last forwarded address is the one the proxy saw")
        let other = RequestOrigin.resolve(headers, peer: "192.168.1.20", venue: venue)
        #expect(other == RequestOrigin(client: "192.168.1.20", prefix: "", base: nil))
        venue.publicURL = try PublicURL.parse("https://rooms.example.ac.uk/stirling/")
        #expect(RequestOrigin.resolve(headers, peer: "192.168.1.20", venue: venue).prefix == "/stirling")
        #expect(RequestOrigin.resolve(headers, peer: "127.0.0.1", venue: venue).base == nil, "--public-url names links")
        let hostile: HTTPFields = [.init("X-Forwarded-Prefix")!: "/a\"b", .init("X-Forwarded-Host")!: "x\"y",
                                   .init("X-Forwarded-For")!: "not-an-address"]
        venue.publicURL = nil
        #expect(RequestOrigin.resolve(hostile, peer: "127.0.0.1", venue: venue)
            == RequestOrigin(client: "127.0.0.1", prefix: "", base: nil, viaProxy: true), "its headers believed, none of them fit to use")
    }

    @Test func aPrefixComesOffAPathOnlyWhenThePathIsUnderIt() {
        func stripped(_ path: String) -> String? {
            RoomDoor.strip("/room", from: Request(head: .init(method: .get, scheme: nil, authority: nil, path: path), body: .init(buffer: ByteBuffer()))).head.path
        }
        #expect(stripped("/room/g/t?x=1") == "/g/t?x=1")
        #expect(stripped("/room") == "/" && stripped("/room?lang=cy") == "/?lang=cy")
        #expect(stripped("/roomy/g/t") == "/roomy/g/t" && stripped("/g/t") == "/g/t")
    }

    @Test func aPagesAddressesGoUnderThePrefix() {
        let page = #"<a href="/g/t">x</a><form action="/g/t/answers"><p>href="/nope"</p><a href="//cdn/x"><a href="https://x/">"#
        #expect(Rebase.html(page, prefix: "/room") == #"<a href="/room/g/t">x</a><form action="/room/g/t/answers"><p>href="/nope"</p><a href="//cdn/x"><a href="https://x/">"#)
        #expect(Rebase.location("/g/t?a=1", prefix: "/room") == "/room/g/t?a=1")
        #expect(Rebase.location("https://x/", prefix: "/room") == "https://x/")
    }

    /// The address links name is the machine's likely network, not a container bridge or a VPN.
    @Test func containerBridgesAndTunnelsComeLastAmongThisMachinesAddresses() {
        let found = [("docker0", "172.17.0.1"), ("wg0", "10.8.0.2"), ("wlp2s0", "192.168.1.20"), ("virbr0", "192.168.122.1"),
                     ("enp0s31f6", "10.0.0.5"), ("wlp2s0", "192.168.1.20")]
        #expect(ListenAddress.ordered(found.map { (interface: $0.0, address: $0.1) })
            == ["192.168.1.20", "10.0.0.5", "172.17.0.1", "10.8.0.2", "192.168.122.1"])
    }
}
