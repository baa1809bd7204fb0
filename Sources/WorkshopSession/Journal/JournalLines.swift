#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorkshopModel

/// Reads a journal's lines from disk a chunk at a time, so a command holds one chunk of the file
/// rather than all of it: peak memory is the replayed state, not the journal plus the state.
package enum JournalLines {
    /// Bytes read at a time; a longer line grows the buffer to hold it.
    package static let chunk = 1 << 20

    /// Calls `body` with every whole line (without its newline) of the journal open as `fd`, from
    /// byte `start` up to byte `end`. Returns the offset just after the last whole line: any bytes
    /// from there to `end` are a last line with no newline (torn), which `body` never sees. A file
    /// that turns out shorter than `end` ends where it ends.
    package static func forEach(
        in fd: Int32, from start: Int, to end: Int, path: String,
        _ body: (UnsafeRawBufferPointer) throws(JournalError) -> Void
    ) throws(JournalError) -> Int {
        var capacity = min(chunk, max(end - start, 1))
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var readUpTo = start, wholeUpTo = start, held = 0
        while readUpTo < end {
            if held == capacity {
                let larger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 16)
                larger.copyMemory(from: buffer, byteCount: held)
                buffer.deallocate()
                (buffer, capacity) = (larger, capacity * 2)
            }
            let count = pread(fd, buffer + held, min(capacity - held, end - readUpTo), off_t(readUpTo))
            if count < 0 {
                if errno == EINTR { continue }
                throw .from(errno: errno, path: path, operation: "read")
            }
            if count == 0 { break }
            held += count
            readUpTo += count
            var lineStart = 0
            while lineStart < held, let newline = memchr(buffer + lineStart, 0x0a, held - lineStart) {
                let lineEnd = UnsafeMutableRawPointer(newline) - buffer
                try body(UnsafeRawBufferPointer(start: buffer + lineStart, count: lineEnd - lineStart))
                lineStart = lineEnd + 1
            }
            wholeUpTo += lineStart
            held -= lineStart
            if lineStart > 0 && held > 0 { memmove(buffer, buffer + lineStart, held) }
        }
        return wholeUpTo
    }
}

extension JournalLines {
    /// The journal's first line without its newline; nil when the first `size` bytes hold no newline.
    package static func first(in fd: Int32, size: Int, path: String) throws(JournalError) -> [UInt8]? {
        var window = min(64 * 1024, size)
        while true {
            var bytes = [UInt8](repeating: 0, count: window)
            let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, window, 0) }
            guard count >= 0 else { throw .from(errno: errno, path: path, operation: "read") }
            if let newline = bytes[0..<count].firstIndex(of: 0x0a) { return Array(bytes[0..<newline]) }
            if count < window || window >= size { return nil }
            window = min(window * 2, size)
        }
    }
}
