import Foundation
import WorkshopKit

/// The secrets of a live room: one token per group (its join link), one for the facilitator
/// (the projector and the join cards) and one for the room link of individuals mode (`join`). Kept
/// beside the journal (`sessions/<id>.jsonl.room`, readable by its owner only) so that a server
/// started again after a crash accepts the links already handed out; groups added since get tokens
/// of their own. It also keeps what `serve` was told (`served`) and how far individuals' numbers
/// have been reserved (`phonesReserved`). Files written before these keys existed read as before.
public struct RoomTokens: Codable, Equatable, Sendable {
    public var facilitator: String
    public var groups: [String: String]
    /// The room link's token (`/join/TOKEN`); made when missing.
    public var join: String?
    /// What the last `serve` was told.
    public var served: RoomSettings?
    /// Individuals' numbers below this may have been handed out: a restart starts here (hi-lo).
    public var phonesReserved: Int?

    /// 128 random bits as 32 hex digits: not guessable, and safe in a path and a QR code.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    public static func path(journal: String) -> String { journal + ".room" }

    /// The tokens kept for `journal`, with a new one for each group that has none; written back
    /// (beside, synced, renamed) when anything was added.
    public static func load(journal: String, groups: [String]) throws(RoomError) -> RoomTokens {
        let path = path(journal: journal)
        let existing = try read(journal: journal)
        var tokens = existing ?? RoomTokens(facilitator: random(), groups: [:])
        let missing = groups.filter { tokens.groups[$0] == nil }
        if missing.isEmpty, existing != nil, tokens.join != nil { return tokens }
        for group in missing { tokens.groups[group] = random() }
        if tokens.join == nil { tokens.join = random() }
        try tokens.write(to: path)
        return tokens
    }

    /// The file as it is, or nil when there is none.
    static func read(journal: String) throws(RoomError) -> RoomTokens? {
        let path = path(journal: journal)
        // Reading a FIFO would wait for a writer for ever, with the session's lock held.
        if let kind = RegularFile.otherKind(at: path) { throw .notRegular(path: path, kind: kind) }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let decoded = try? JSONDecoder().decode(RoomTokens.self, from: data), isToken(decoded.facilitator),
              decoded.groups.values.allSatisfy(isToken), decoded.join.map(isToken) ?? true
        else { throw .unreadableTokens(path: path) }
        return decoded
    }

    /// What the last `serve` of the session was told (nothing when it was never served).
    public static func remembered(journal: String) throws(RoomError) -> RoomSettings {
        try read(journal: journal)?.served ?? RoomSettings()
    }

    /// Makes an existing token file readable by its owner only, as it is written: a copy made by
    /// hand or restored from a backup can come back 0644, and its tokens let anyone answer for a
    /// table. Returns the line saying so, or nil when there was nothing to change.
    public static func tighten(journal: String) throws(RoomError) -> String? {
        let path = path(journal: journal)
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o077 != 0 else { return nil }
        let was = String(info.st_mode & 0o777, radix: 8)
        guard chmod(path, 0o600) == 0 else {
            throw .cannotWrite(path: path, reason: "it is readable by others (mode 0\(was)) and chmod failed: "
                + String(cString: strerror(errno)))
        }
        return "'\(path)' was readable by others (mode 0\(was)); made it 0600, its owner's only, as it holds the join links' tokens"
    }

    static func isToken(_ text: String) -> Bool {
        text.utf8.count == 32 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Written beside, synced, renamed over: a crash leaves the old file or the new one, whole.
    func write(to path: String) throws(RoomError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard let data = try? encoder.encode(self) else { throw .cannotWrite(path: path, reason: "encoding failed") }
        let temporary = path + "-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == data.count, synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
        // The rename itself on disk too: a power cut must not bring back an older reservation of
        // individuals' numbers, which would hand one out twice.
        do throws(JournalError) {
            try JournalFile.syncFolder(of: path)
        } catch {
            throw .cannotWrite(path: path, reason: "\(error)")
        }
    }

    /// The group whose token this is.
    public func group(for token: String) -> String? {
        index.group(for: token)
    }

    /// Tokens to groups, for a lookup on every request (`LiveRoom` keeps one).
    public var index: TokenIndex { TokenIndex(self) }

    /// Compares in time independent of where the first difference is, without copying either.
    static func same(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var difference: UInt8 = 0
        for (x, y) in zip(a.utf8, b.utf8) { difference |= x ^ y }
        return difference == 0
    }
}

/// A room's group tokens by token.
public struct TokenIndex: Sendable {
    private let groups: [String: String]

    init(_ tokens: RoomTokens) {
        groups = Dictionary(tokens.groups.map { ($0.value, $0.key) }) { first, _ in first }
    }

    /// A hash lookup: its time depends on the token's hash, not on how much of a real token a
    /// guess shares, so it gives an attacker nothing to climb.
    public func group(for token: String) -> String? {
        groups[token]
    }
}
