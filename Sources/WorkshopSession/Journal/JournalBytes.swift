#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorkshopModel

/// A journal's bytes while it is replayed: a read-only mapping of the file, or a copy.
package final class JournalBytes {
    private let mapped: UnsafeMutableRawPointer?
    private let copy: [UInt8]
    package let count: Int

    package init(mapped: UnsafeMutableRawPointer, count: Int) {
        self.mapped = mapped
        self.count = count
        self.copy = []
    }

    package init(_ bytes: [UInt8]) {
        self.mapped = nil
        self.copy = bytes
        self.count = bytes.count
    }

    package func withBytes<T, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> T) throws(Failure) -> T {
        if let mapped { return try body(UnsafeRawBufferPointer(start: mapped, count: count)) }
        return try copy.withBytes(body)
    }

    package subscript(range: Range<Int>) -> [UInt8] {
        withBytes { Array($0[range]) }
    }

    deinit {
        if let mapped { munmap(mapped, count) }
    }
}
