#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorkshopSupport

extension Checkpoint {
    /// Which journal a checkpoint was made from and how much of it: the file (device and inode, so a
    /// journal replaced by a redaction, a merge or a checkout is a different one), the bytes covered
    /// (whole lines) and how many lines they hold, and hashes of their first and last 4 KiB.
    package struct Stamp: Equatable {
        package var device: UInt64, inode: UInt64
        package var length: Int, lines: Int
        package var head: UInt64, tail: UInt64

        private static let window = 4096

        /// The stamp of the first `length` bytes of the journal open as `fd`; nil when it is shorter.
        package init?(journal fd: Int32, length: Int, lines: Int) {
            var info = stat()
            guard length > 0, lines > 0, fstat(fd, &info) == 0, Int(info.st_size) >= length else { return nil }
            guard let head = Self.hash(fd, 0..<min(length, Self.window)),
                  let tail = Self.hash(fd, max(0, length - Self.window)..<length)
            else { return nil }
            (device, inode) = (UInt64(info.st_dev), UInt64(info.st_ino))
            (self.length, self.lines, self.head, self.tail) = (length, lines, head, tail)
        }

        package init(reading reader: inout BinaryReader) throws(BinaryReader.Invalid) {
            device = try reader.int()
            inode = try reader.int()
            length = Int(try reader.int(Int64.self))
            lines = Int(try reader.int(Int64.self))
            head = try reader.int()
            tail = try reader.int()
        }

        package func write(to writer: inout BinaryWriter) {
            writer.int(device)
            writer.int(inode)
            writer.int(Int64(length))
            writer.int(Int64(lines))
            writer.int(head)
            writer.int(tail)
        }

        private static func hash(_ fd: Int32, _ range: Range<Int>) -> UInt64? {
            var bytes = [UInt8](repeating: 0, count: range.count)
            let read = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, range.count, off_t(range.lowerBound)) }
            guard read == range.count else { return nil }
            return bytes.withUnsafeBytes { ContentHash.of($0) }
        }
    }
}
