import Foundation

/// An address or network a reverse proxy connects from (`serve --trust-proxy 127.0.0.1`,
/// `10.0.0.0/8`, `::1`): only a request from there may say, in `X-Forwarded-*` headers, which
/// phone it carries and which address the phone opened.
public struct ProxyAddress: Sendable, Equatable, CustomStringConvertible {
    /// The network's address, 4 bytes or 16.
    private let bytes: [UInt8]
    /// How many leading bits must match.
    private let bits: Int
    public let description: String

    /// `ADDRESS` or `ADDRESS/BITS`, IPv4 or IPv6.
    public static func parse(_ text: String) throws(RoomError) -> ProxyAddress {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let bytes = Self.bytes(String(parts[0])) else { throw refusal(text) }
        var bits = bytes.count * 8
        if parts.count == 2 {
            guard let given = Int(parts[1]), (0...bits).contains(given) else { throw refusal(text) }
            bits = given
        }
        return ProxyAddress(bytes: bytes, bits: bits, description: text)
    }

    /// `0.0.0.0/0` or `::/0`: every address, so anyone could say which phone they are.
    public var isEveryone: Bool { bits == 0 }

    /// Whether `peer` (an address as the socket reports it) is this one or in this network. An IPv4
    /// peer seen on an IPv6 socket (`::ffff:127.0.0.1`) counts as its IPv4 address.
    public func contains(_ peer: String) -> Bool {
        guard let address = Self.bytes(peer), address.count == bytes.count else { return false }
        for index in 0..<bytes.count {
            let left = bits - index * 8
            if left <= 0 { return true }
            let mask: UInt8 = left >= 8 ? 0xff : ~(0xff >> UInt8(left))
            if address[index] & mask != bytes[index] & mask { return false }
        }
        return true
    }

    /// The address's bytes: 4 for IPv4 (and IPv4 mapped into IPv6), 16 for IPv6; nil if neither.
    static func bytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr(), v6 = in6_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: v4) { Array($0) } }
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let all = withUnsafeBytes(of: v6) { Array($0) }
        let mapped = all[0..<10].allSatisfy { $0 == 0 } && all[10] == 0xff && all[11] == 0xff
        return mapped ? Array(all[12...]) : all
    }

    private static func refusal(_ text: String) -> RoomError {
        .badOption("--trust-proxy '\(text)' is not an address or ADDRESS/BITS, e.g. 127.0.0.1 or 10.0.0.0/8: "
            + "give the address the proxy connects from")
    }
}
