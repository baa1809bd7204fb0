import Foundation
import NIOCore

/// Where the room listens (`--listen ADDRESS:PORT`), and the host its links name.
public struct ListenAddress: Sendable, Equatable {
    public var host: String
    public var port: Int

    /// The default: every interface, so phones on the venue's Wi-Fi reach it, on port 8080.
    public static let standard = ListenAddress(host: "0.0.0.0", port: 8080)

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// `0.0.0.0:8080`, `127.0.0.1:0` (any free port), `[::1]:8080`, `:8080` (every interface).
    public static func parse(_ text: String) throws(RoomError) -> ListenAddress {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
              (0...65535).contains(port)
        else { throw .badListen(text) }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.isEmpty { host = "0.0.0.0" }
        var v4 = in_addr(), v6 = in6_addr()
        guard inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1 else { throw .badListen(text) }
        return ListenAddress(host: host, port: port)
    }

    /// Whether only this machine can reach it: 127.0.0.0/8 or ::1 (and ::ffff:127.x, the same).
    public var isLoopback: Bool {
        var v4 = in_addr(), v6 = in6_addr()
        if inet_pton(AF_INET, host, &v4) == 1 { return UInt32(bigEndian: v4.s_addr) >> 24 == 127 }
        guard inet_pton(AF_INET6, host, &v6) == 1 else { return false }
        let bytes = withUnsafeBytes(of: v6) { Array($0) }
        if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] == 1 { return true }
        return bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xff && bytes[11] == 0xff && bytes[12] == 127
    }

    /// The host a phone should use: the address itself, or for every interface this machine's
    /// first address on a network (the venue's Wi-Fi), else loopback.
    public var linkHost: String { linkHosts[0] }

    /// Every host a phone may use, the one links name first: the address itself, or for every
    /// interface each of this machine's addresses on a network (Wi-Fi, its own hotspot, a cable),
    /// in the system's order; loopback only when it has none.
    public var linkHosts: [String] {
        guard host == "0.0.0.0" || host == "::" else { return [host.contains(":") ? "[\(host)]" : host] }
        let addresses = Self.networkAddresses()
        return addresses.isEmpty ? ["127.0.0.1"] : addresses
    }

    /// Why binding here failed, and what to change: the port only when the port is the problem.
    func bindFailure(_ error: any Error) -> RoomError {
        let text = "\(error)"
        let code = (error as? IOError)?.errnoCode
        let (reason, fix): (String, String)
        if code == EADDRINUSE || text.contains("Address already in use") {
            (reason, fix) = ("the port is in use", "choose another port with --listen")
        } else if code == EADDRNOTAVAIL || text.contains("Cannot assign requested address") {
            (reason, fix) = ("\(host) is not one of this machine's addresses",
                             "listen on one of its addresses, or on 0.0.0.0 for all of them, with --listen")
        } else if code == EACCES || text.contains("Permission denied") {
            (reason, fix) = ("permission denied (ports below 1024 need root)", "choose a port of 1024 or above with --listen")
        } else {
            (reason, fix) = (text.split(separator: "\n").first.map(String.init) ?? text, "check the address and port given to --listen")
        }
        return .cannotListen(address: "\(host):\(port)", reason: reason, fix: fix)
    }

    /// This machine's IPv4 addresses on interfaces that are up, running and not loopback, the
    /// likely network first (`ordered`).
    static func networkAddresses() -> [String] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return [] }
        defer { freeifaddrs(list) }
        var found: [(interface: String, address: String)] = []
        var next: UnsafeMutablePointer<ifaddrs>? = first
        while let entry = next {
            next = entry.pointee.ifa_next
            let flags = entry.pointee.ifa_flags
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET),
                  flags & UInt32(IFF_LOOPBACK) == 0, flags & UInt32(IFF_UP) != 0, flags & UInt32(IFF_RUNNING) != 0
            else { continue }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            var inet = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            guard inet_ntop(AF_INET, &inet, &text, socklen_t(text.count)) != nil else { continue }
            let shown = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            found.append((String(cString: entry.pointee.ifa_name), shown))
        }
        return ordered(found)
    }

    /// Addresses in the system's order, but those of bridges for containers and virtual machines
    /// (docker0, virbr0, vboxnet0...) and of tunnels (a VPN) last: a phone is never on those, and
    /// the first address is the one links and QR codes name.
    static func ordered(_ found: [(interface: String, address: String)]) -> [String] {
        let virtual = ["docker", "br-", "virbr", "veth", "vboxnet", "vmnet", "lxcbr", "lxdbr", "cni", "podman", "tun", "tap", "wg",
                       "utun", "tailscale", "zt"]
        let (likely, unlikely) = found.reduce(into: ([String](), [String]())) { lists, entry in
            if virtual.contains(where: { entry.interface.hasPrefix($0) }) { lists.1.append(entry.address) } else { lists.0.append(entry.address) }
        }
        var seen = Set<String>()
        return (likely + unlikely).filter { seen.insert($0).inserted }
    }
}
