import Foundation
import Hummingbird

/// Where a request reached the room, as the asker sees it: the phone's own address, and the path
/// prefix and start of the address it opened. A proxy that `serve --trust-proxy` names says these
/// in `X-Forwarded-For`, `-Proto`, `-Host` and `-Prefix`; from anyone else those headers are
/// ignored, since a phone could claim any address or host in them.
struct RequestOrigin: Sendable, Equatable {
    /// The phone (or browser) asking: the forwarded address behind a trusted proxy, else the peer.
    var client: String?
    /// The path the room's addresses sit under, without its last slash: `""` or `/stirling`.
    var prefix: String
    /// What an absolute link starts with for this asker; nil: the room's own (`linkBase`).
    var base: String?
    /// The request came through a proxy `--trust-proxy` names, whose headers were believed.
    var viaProxy = false

    static let direct = RequestOrigin(client: nil, prefix: "", base: nil)

    /// The origin of a request with `headers` from `peer`, under what `serve` was told.
    static func resolve(_ headers: HTTPFields, peer: String?, venue: RoomVenue) -> RequestOrigin {
        let named = venue.publicURL?.prefix ?? ""
        guard let peer, venue.trustedProxies.contains(where: { $0.contains(peer) }) else {
            return RequestOrigin(client: peer, prefix: named, base: nil)
        }
        // The last address is the one the trusted proxy saw; any before it are the phone's own claims.
        let forwarded = values(headers, "x-forwarded-for").flatMap { $0.split(separator: ",") }
            .last.map { $0.trimmingCharacters(in: .whitespaces) }
        let client = forwarded.flatMap { ProxyAddress.bytes($0) == nil ? nil : $0 } ?? peer
        let prefix = values(headers, "x-forwarded-prefix").first.flatMap(Self.forwardedPrefix) ?? named
        // The facilitator's --public-url is the word on links; a proxy's headers stand in without it.
        guard venue.publicURL == nil, let host = values(headers, "x-forwarded-host").first.flatMap(Self.forwardedHost) else {
            return RequestOrigin(client: client, prefix: prefix, base: nil, viaProxy: true)
        }
        let scheme = values(headers, "x-forwarded-proto").first.map { $0.lowercased() }
        return RequestOrigin(client: client, prefix: prefix,
                             base: "\(scheme == "https" ? "https" : "http")://\(host)\(prefix)", viaProxy: true)
    }

    /// Every value of the header `name` (lower case), first comma-separated item of each trimmed.
    private static func values(_ headers: HTTPFields, _ name: String) -> [String] {
        headers.filter { $0.name.canonicalName == name }.map { $0.value.trimmingCharacters(in: .whitespaces) }
    }

    /// A forwarded prefix as a path of safe characters (so it can go into a page unescaped),
    /// without its last slash; nil when it is not one.
    static func forwardedPrefix(_ text: String) -> String? {
        let trimmed = String(text.split(separator: ",").first ?? "").trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("/"), !trimmed.contains("//"),
              trimmed.unicodeScalars.allSatisfy({ safe.contains($0) }) else { return nil }
        return trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed
    }

    /// A forwarded host (name or address, with a port) of safe characters; nil when it is not one.
    static func forwardedHost(_ text: String) -> String? {
        let trimmed = String(text.split(separator: ",").first ?? "").trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.unicodeScalars.allSatisfy({ PublicURL.hostCharacters.contains($0) }) else { return nil }
        return trimmed
    }

    private static let safe = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
}
