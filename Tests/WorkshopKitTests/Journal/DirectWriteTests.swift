import Foundation
import Testing
@testable import WorkshopKit

/// A large replacement written past the page cache reads back byte for byte, its short last block
/// included; a small one is left to the ordinary write.
struct DirectWriteTests {
    @Test func aLargeFileWrittenBesideReadsBackWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("direct-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.jsonl").path
        for count in [DirectWrite.worthFrom + 4096 * 3 + 123, DirectWrite.worthFrom * 2, 1000] {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 12) }
            let temporary = try JournalFile.writeBeside(bytes, path: path)
            #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: temporary))) == bytes, "\(count) bytes")
            unlink(temporary)
        }
    }

    @Test func aSmallFileIsLeftToTheOrdinaryWrite() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("direct-\(UUID().uuidString)").path
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        defer { close(fd); unlink(path) }
        #expect(!DirectWrite.write(fd, [UInt8](repeating: 7, count: 4096)))
    }

    @Test func aDirectWriteThatFailsLeavesTheFileAsItWasOpened() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("direct-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: path, contents: Data())
        let fd = open(path, O_RDONLY)  // every write refused, after the flag is set
        defer { close(fd); unlink(path) }
        let before = fcntl(fd, F_GETFL)
        #expect(!DirectWrite.write(fd, [UInt8](repeating: 7, count: DirectWrite.worthFrom)))
        #expect(fcntl(fd, F_GETFL) == before, "the caller's ordinary write must not go past the page cache")
    }
}
