/// A chunk of a journal's whole lines, read and run through the fast reader ahead of replay on
/// another core (`JournalLines.forEachParsed`). It owns its bytes (read from a file) or borrows
/// them (a journal in memory); the fields point into them.
package final class ParsedChunk: @unchecked Sendable {  // made by one thread, then handed whole to another
    package let bytes: UnsafeMutableRawPointer
    private let owned: Bool
    /// Each whole line's start and length in `bytes`, newline not included.
    package private(set) var spans: [(start: Int, count: Int)] = []
    /// Each line's fields from the fast reader, or nil where it declined (the strict reader decides).
    package private(set) var fields: [LineFields?] = []
    /// The journal offset just after this chunk's last whole line.
    package let wholeUpTo: Int
    /// Whether this is the end of the lines rather than a chunk of them.
    package let isEnd: Bool
    /// What stopped the reading here, when something did.
    package let failure: JournalError?

    /// Parses the whole lines of `bytes[0..<count]`, the first `whole` of which end in a newline.
    package init(taking bytes: UnsafeMutableRawPointer, whole: Int, wholeUpTo: Int, owned: Bool = true) {
        self.bytes = bytes
        self.owned = owned
        self.wholeUpTo = wholeUpTo
        (isEnd, failure) = (false, nil)
        var start = 0
        while start < whole, let newline = memchr(bytes + start, 0x0a, whole - start) {
            let end = UnsafeMutableRawPointer(newline) - bytes
            let line = UnsafeRawBufferPointer(start: bytes + start, count: end - start)
            spans.append((start, end - start))
            fields.append(FastLineParser.parse(line))
            start = end + 1
        }
    }

    /// The end of the lines: a read that failed, or none more.
    package init(failure: JournalError?, wholeUpTo: Int) {
        bytes = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 16)
        owned = true
        self.wholeUpTo = wholeUpTo
        (isEnd, self.failure) = (true, failure)
    }

    package var count: Int { spans.count }

    package func line(_ index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: bytes + spans[index].start, count: spans[index].count)
    }

    deinit {
        if owned { bytes.deallocate() }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
