import Foundation
import WorkshopModel
import WorkshopSupport

/// Maps short byte strings (ids, answer keys) to small integers without creating a `String` per
/// lookup: replaying a million-answer journal looks up five values a line.
///
/// Hand-written for speed: a `Dictionary<String, Int32>` costs a String allocation and a SipHash
/// per lookup, which measured as most of the replay time.
package struct ByteInterner {
    package private(set) var strings: [String] = []
    private var starts: [Int] = []
    private var storage: [UInt8] = []
    private var slots: [Int32] = Array(repeating: -1, count: 64)

    package var count: Int { strings.count }

    /// The last value interned: consecutive journal lines often repeat a persona, group or facilitator.
    private var last: Int32 = -1

    package mutating func intern(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        if last >= 0 && equals(Int(last), bytes) { return last }
        last = internUncached(bytes)
        return last
    }

    private mutating func internUncached(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        let (found, slot) = probe(bytes)
        if let found { return found }
        let index = Int32(strings.count)
        starts.append(storage.count)
        storage.append(contentsOf: bytes)
        strings.append(String(decoding: bytes, as: UTF8.self))
        slots[slot] = index
        if strings.count * 2 > slots.count { grow() }
        return index
    }

    package mutating func intern(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
    }

    /// The index of `bytes` if they were interned, without adding them: replay's lookup of an id that
    /// must already be known.
    package mutating func find(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        if last >= 0 && equals(Int(last), bytes) { return last }
        guard let found = probe(bytes).found else { return nil }
        last = found
        return found
    }

    /// The index of `text` if it was interned, without adding it.
    package func index(of text: String) -> Int32? {
        Array(text.utf8).withUnsafeBytes { probe($0).found }
    }

    /// The index of `bytes` if interned, else the free slot where they would go.
    private func probe(_ bytes: UnsafeRawBufferPointer) -> (found: Int32?, slot: Int) {
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & (slots.count - 1)
        while slots[slot] >= 0 {
            if equals(Int(slots[slot]), bytes) { return (slots[slot], slot) }
            slot = (slot + 1) & (slots.count - 1)
        }
        return (nil, slot)
    }

    package subscript(index: Int32) -> String { strings[Int(index)] }

    private func equals(_ index: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = starts[index]
        let end = index + 1 < starts.count ? starts[index + 1] : storage.count
        guard end - start == bytes.count else { return false }
        guard bytes.count > 0, let other = bytes.baseAddress else { return true }
        return storage.withUnsafeBytes { stored in
            guard let base = stored.baseAddress else { return false }
            return Bytes.equal(base + start, other, count: bytes.count)
        }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for index in strings.indices {
            let start = starts[index]
            let end = index + 1 < starts.count ? starts[index + 1] : storage.count
            let hash = storage.withUnsafeBytes { Self.hash(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index)
        }
    }

    /// FNV-1a (short keys, no allocation), its high bits folded into the low ones the table indexes by.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        // Fed a byte at a time here rather than through the generic `FNV1a.hash`, which another
        // module's optimiser left unspecialised: 48M more instructions replaying 100k answers.
        var fnv = FNV1a()
        for byte in bytes { fnv.feed(byte) }
        let hash = fnv.value
        return hash ^ (hash >> 29)
    }
}


extension ByteInterner {
    /// The strings in index order: interning them again in that order gives the same indexes.
    package func write(to writer: inout BinaryWriter) {
        writer.strings(strings)
    }

    package init(reading reader: inout BinaryReader) throws(BinaryReader.Invalid) {
        self.init()
        for string in try reader.strings() where Int(intern(string)) != count - 1 {
            throw BinaryReader.Invalid()  // a repeated string: not what an interner writes
        }
    }
}
