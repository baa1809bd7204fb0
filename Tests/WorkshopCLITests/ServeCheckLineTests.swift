import Testing
@testable import WorkshopCLI
import WorkshopServer

/// The line a check link's arrival prints: a phone that got through, this machine (which proves
/// nothing), a proxy the room was not told to trust, and the last one told.
struct ServeCheckLineTests {
    static func hit(_ client: String, own: Bool = false, untrusted: Bool = false, last: Bool = false) -> PhoneCheck.Hit {
        var hit = PhoneCheck.Hit(client: client, through: "https://rooms.example.ac.uk/stirling", device: "an iPhone",
                                 fromThisMachine: own, proxyNotTrusted: untrusted)
        hit.last = last
        return hit
    }

    @Test func eachArrivalSaysWhatItProves() {
        #expect(ServeText.checked(Self.hit("203.0.113.7")) == "check: an iPhone at 203.0.113.7 reached the room through "
            + "https://rooms.example.ac.uk/stirling: phones on that network can answer")
        #expect(ServeText.checked(Self.hit("10.0.0.5", untrusted: true)) == "check: an iPhone reached the room through "
            + "https://rooms.example.ac.uk/stirling by way of a proxy at 10.0.0.5 that --trust-proxy does not name; "
            + "give --trust-proxy 10.0.0.5 so the room sees each phone's own address")
        #expect(ServeText.checked(Self.hit("127.0.0.1", own: true, untrusted: true)).hasSuffix(
            "proves nothing about the phones; open it on a phone on the venue's Wi-Fi; behind a proxy on this machine, "
                + "give --trust-proxy with its address so the room sees the phone's own"))
        #expect(ServeText.checked(Self.hit("203.0.113.8", last: true)).hasSuffix(
            "(the last check shown: \(PhoneCheck.mostTold) addresses have been)"))
    }

    @Test func whatAPhoneSentReachesTheTerminalClean() {
        var hit = Self.hit("203.0.113.7")
        hit.through = "http://x\u{1b}[31mred"
        #expect(!ServeText.checked(hit).contains("\u{1b}"))
    }
}
