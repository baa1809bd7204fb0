#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file mapped read-only for as long as anything holds this object: a state read from a
/// checkpoint reads its entries and notes in place, so the mapping must outlive the read.
/// Files mapped this way are only ever replaced by renaming a new file over them, never written in
/// place, so the bytes cannot change under a reader.
package final class MappedFile: @unchecked Sendable {  // immutable after init; the bytes are read-only
    package let bytes: UnsafeRawBufferPointer
    private let mapped: Bool

    /// Nil when the file is missing, empty, unreadable or cannot be mapped.
    package init?(path: String) {
        guard case let .success(fd) = RegularFile.open(path, O_RDONLY | O_CLOEXEC) else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: mapped, count: size)
        self.mapped = true
    }

    /// A copy of `bytes` held the same way, for bytes that are not a file (tests of damaged payloads).
    package init(copying source: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: 16)
        copy.copyBytes(from: source)
        bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<source.count])
        mapped = false
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        } else {
            UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.deallocate()
        }
    }
}
