import Foundation
import Testing
@testable import WorkshopServer

/// The stylesheet and scripts the room serves are the repository's files, byte for byte, compiled
/// in at build time (the binary reads nothing from disk), and nothing else can be asked for.
struct EmbeddedAssetsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/WorkshopServer/Assets").standardized

    @Test(arguments: ["room.css", "phone.js", "projector.js"])
    func servedBytesAreTheFileBytes(_ name: String) throws {
        let file = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let served = try #require(Assets.file(name[...]))
        #expect(Data(served.body.utf8) == file)
        #expect(served.type.hasPrefix(name.hasSuffix(".css") ? "text/css" : "text/javascript"))
    }

    @Test func everyFileInTheFolderIsServedAndNothingElse() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }
        #expect(names.sorted() == ["phone.js", "projector.js", "room.css"])
        for path in ["../Package.swift", "Assets.swift", "room.css/", "/etc/passwd", "ROOM.CSS"] {
            #expect(Assets.file(path[...]) == nil, "\(path)")
        }
    }
}
