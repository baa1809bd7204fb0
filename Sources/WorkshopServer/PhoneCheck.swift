import Foundation

/// The network check before the room arrives: a link (`/check/TOKEN`, `serve check` shows its QR
/// code) that a phone on the venue's network opens, and a line for the facilitator when it does.
/// Only a phone proves that the venue lets phones reach the room: a laptop opening its own address
/// proves nothing about Wi-Fi that keeps its clients apart.
/// `@unchecked Sendable`: `seen` is touched only with `lock` held.
public final class PhoneCheck: @unchecked Sendable {
    /// Made afresh by each `serve` and never kept: the link grants nothing but the line it causes.
    public let token: String
    private let report: @Sendable (Hit) -> Void
    private let lock = NSLock()
    private var seen: Set<String> = []

    /// `report` is called on the server's thread, once for each address a check comes from.
    public init(token: String = RoomTokens.random(), report: @escaping @Sendable (Hit) -> Void) {
        self.token = token
        self.report = report
    }

    /// How many addresses are told at most: enough for a facilitator trying a few phones and
    /// networks, and a link that got out cannot fill the prompt (or this set) however it is opened.
    public static let mostTold = 10

    /// A phone opened the link: told once per address, so a reload is not a second arrival, and
    /// the last one told says that no more will be.
    func arrived(_ hit: Hit) {
        lock.lock()
        let address = hit.client ?? ""
        let told = seen.count < Self.mostTold && seen.insert(address).inserted
        let last = seen.count == Self.mostTold
        lock.unlock()
        guard told else { return }
        var hit = hit
        hit.last = last
        report(hit)
    }
}

extension PhoneCheck {
    /// One arrival, as the room saw it.
    public struct Hit: Sendable, Equatable {
        /// The phone's address: its own behind a trusted proxy, else the connection's.
        public var client: String?
        /// What the phone opened the room as: `https://rooms.example.ac.uk/stirling`, `http://192.168.1.20:8080`.
        public var through: String
        /// `an Android device`, from what its browser says; nil when it says nothing known.
        public var device: String?
        /// The check came from this machine (loopback, or one of its own addresses): it proves nothing.
        public var fromThisMachine: Bool
        /// By way of a proxy the room was not told to trust (`--trust-proxy`): `client` is the
        /// proxy's address, not the phone's.
        public var proxyNotTrusted: Bool
        /// The last arrival told (`mostTold`): later ones are not.
        public var last = false

        /// An arrival as `CheckRoutes` finds it.
        public init(client: String?, through: String, device: String?, fromThisMachine: Bool, proxyNotTrusted: Bool = false) {
            self.client = client
            self.through = through
            self.device = device
            self.fromThisMachine = fromThisMachine
            self.proxyNotTrusted = proxyNotTrusted
        }
    }

    /// The kind of device a `User-Agent` names, in words; the first mark found wins (an iPad's
    /// agent says "Macintosh" too, an Android's "Linux").
    static func device(_ agent: String?) -> String? {
        guard let agent else { return nil }
        let marks = [("iPhone", "an iPhone"), ("iPad", "an iPad"), ("Android", "an Android device"), ("CrOS", "a Chromebook"),
                     ("Windows", "a Windows computer"), ("Macintosh", "a Mac"), ("Linux", "a Linux computer")]
        return marks.first { agent.contains($0.0) }?.1
    }

    /// Whether `address` is this machine's: loopback, or one of its network addresses (an IPv4
    /// address written as IPv6 counts as itself).
    static func isThisMachine(_ address: String?) -> Bool {
        guard var address else { return true }
        if address.lowercased().hasPrefix("::ffff:"), address.contains(".") { address = String(address.dropFirst(7)) }
        return ListenAddress(host: address, port: 0).isLoopback || ListenAddress.networkAddresses().contains(address)
    }
}
