#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A journal's bytes while it is replayed: a read-only mapping of the file, or a copy.
final class JournalBytes {
    private let mapped: UnsafeMutableRawPointer?
    private let copy: [UInt8]
    let count: Int

    init(mapped: UnsafeMutableRawPointer, count: Int) {
        self.mapped = mapped
        self.count = count
        self.copy = []
    }

    init(_ bytes: [UInt8]) {
        self.mapped = nil
        self.copy = bytes
        self.count = bytes.count
    }

    func withBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        if let mapped { return try body(UnsafeRawBufferPointer(start: mapped, count: count)) }
        return try copy.withUnsafeBytes(body)
    }

    subscript(range: Range<Int>) -> [UInt8] {
        withBytes { Array($0[range]) }
    }

    deinit {
        if let mapped { munmap(mapped, count) }
    }
}
