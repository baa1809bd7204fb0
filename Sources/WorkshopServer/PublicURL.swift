import Foundation

/// The address phones open (`serve --public-url https://rooms.example.ac.uk/stirling/`): a reverse
/// proxy's, or a name the venue gives the laptop. Every link, QR code, join card and poster names
/// it, path included, instead of the address the room listens on.
public struct PublicURL: Sendable, Equatable {
    /// `http` or `https`.
    public let scheme: String
    /// The host as written, with its port if any: `rooms.example.ac.uk`, `localhost:8443`, `[::1]:8443`.
    public let authority: String
    /// The path under which the room's addresses sit, without its last slash: `""` or `/stirling`.
    public let prefix: String

    /// `https://rooms.example.ac.uk/stirling`: a room's address is this and its own path (`/g/TOKEN`).
    public var base: String { "\(scheme)://\(authority)\(prefix)" }

    /// Checks what `--public-url` was given: http or https, a host with a port from 1 to 65535, and
    /// an optional path (its last `/` may be left off) that is not one of the room's own; nothing
    /// after the path (no query, no fragment), no user name.
    public static func parse(_ text: String) throws(RoomError) -> PublicURL {
        func refuse(_ why: String) -> RoomError {
            .badOption("--public-url '\(text)': \(why); give the address phones open, e.g. https://rooms.example.ac.uk/stirling/")
        }
        guard let separator = text.range(of: "://") else { throw refuse("it does not start with http:// or https://") }
        let scheme = text[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { throw refuse("it does not start with http:// or https://") }
        let rest = text[separator.upperBound...]
        guard !rest.contains(where: { $0.isWhitespace || "?#@\\\"'<>".contains($0) }) else {
            throw refuse("a public URL has no spaces, query, fragment or user name")
        }
        let authority = String(rest.prefix { $0 != "/" })
        var path = String(rest.dropFirst(authority.count))
        if !path.isEmpty, !path.hasSuffix("/") { path += "/" }
        guard !authority.isEmpty, let parsed = URLComponents(string: "\(scheme)://\(authority)/"),
              let host = parsed.host, !host.isEmpty, !authority.hasSuffix(":")
        else { throw refuse("it names no host") }
        if let port = parsed.port, !(1...65535).contains(port) { throw refuse("its port \(port) is not one from 1 to 65535") }
        // Printed to the terminal and put into pages as it is: plain characters only.
        guard authority.unicodeScalars.allSatisfy({ hostCharacters.contains($0) }) else {
            throw refuse("its host has a character a link cannot hold; write a name in ASCII (punycode)")
        }
        guard path.unicodeScalars.allSatisfy({ pathCharacters.contains($0) }) else {
            throw refuse("its path may hold only letters, digits and - . _ ~ % /; percent-encode the rest")
        }
        guard !path.contains("//") else { throw refuse("its path has an empty part (//)") }
        // A proxy that strips the prefix, and one that passes it on, must both leave the room's own paths.
        if let first = path.split(separator: "/").first, roomPaths.contains(String(first)) {
            throw refuse("its path starts with /\(first)/, which the room's own addresses use; choose another")
        }
        return PublicURL(scheme: scheme, authority: authority, prefix: String(path.dropLast()))
    }

    /// The first parts of the room's own addresses (`/g/TOKEN`, `/assets/room.css`...).
    static let roomPaths: Set<String> = ["g", "f", "i", "join", "check", "assets"]
    /// What a host and port may be written with (a forwarded host too, `RequestOrigin`).
    static let hostCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]")
    private static let pathCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~%/")
}
