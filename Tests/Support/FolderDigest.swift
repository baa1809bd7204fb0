import Foundation
import WorkshopSupport

/// A hash of everything below a folder: every entry's relative path, kind, permissions and bytes. Two
/// digests are equal only if nothing was created, removed, changed or had its mode altered.
public struct FolderDigest: Equatable, CustomStringConvertible, Sendable {
    public let value: UInt64
    /// How many entries were hashed, to tell an empty or missing folder apart in a failure.
    public let entries: Int

    public init(_ url: URL) {
        var hash = FNV1a()
        var entries = 0
        let manager = FileManager.default
        let paths = (manager.enumerator(atPath: url.path)?.allObjects as? [String] ?? []).sorted()
        for relative in paths {
            let full = url.appendingPathComponent(relative).path
            let attributes = (try? manager.attributesOfItem(atPath: full)) ?? [:]
            let kind = attributes[.type] as? FileAttributeType
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
            let data = kind == .typeRegular ? manager.contents(atPath: full) ?? Data() : Data()
            hash.feed(Data("\(relative)\u{0}\(kind?.rawValue ?? "?")\u{0}\(mode)\u{0}\(data.count)\u{0}".utf8))
            hash.feed(data)
            entries += 1
        }
        value = hash.value
        self.entries = entries
    }

    public var description: String { "\(entries) entries, digest \(String(value, radix: 16))" }
}
