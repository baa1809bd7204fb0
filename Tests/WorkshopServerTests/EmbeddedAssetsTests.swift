import Foundation
import Testing
@testable import WorkshopServer

/// The stylesheet and scripts the room serves are the repository's files, byte for byte, compiled
/// in at build time (the binary reads nothing from disk), and nothing else can be asked for.
struct EmbeddedAssetsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/WorkshopServer/Assets").standardized

    static func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func servedBytesAreTheFileBytes() throws {
        let names = try Self.names()
        #expect(names.contains("room.css") && names.contains("phone.js") && names.contains("projector.js"))
        for name in names {
            let file = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            let served = try #require(Assets.file(name[...]), "\(name)")
            #expect(Data(served.body.utf8) == file, "\(name)")
            #expect(served.type.hasPrefix(name.hasSuffix(".css") ? "text/css" : "text/javascript"), "\(name)")
        }
    }

    @Test func nothingOutsideTheFolderIsServed() throws {
        #expect(try Self.names().allSatisfy { $0.hasSuffix(".css") || $0.hasSuffix(".js") })
        for path in ["../Package.swift", "Assets.swift", "room.css/", "/etc/passwd", "ROOM.CSS"] {
            #expect(Assets.file(path[...]) == nil, "\(path)")
        }
    }
}
