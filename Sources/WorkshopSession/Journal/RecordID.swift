/// Record ids: 64 random bits, written as 16 hex digits, so journals of one plan written on two
/// laptops can be merged without two records sharing an id.
public enum RecordID {
    public static func random() -> UInt64 {
        var generator = SystemRandomNumberGenerator()
        return generator.next()
    }

    public static func format(_ id: UInt64) -> String {
        let hex = String(id, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Parses 16 lower-case hex digits; nil for anything else.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> UInt64? {
        guard bytes.count == 16, let base = bytes.baseAddress,
              let high = eightDigits(UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))),
              let low = eightDigits(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        else { return nil }
        return high << 32 | low
    }

    /// Eight ASCII hex digits (first digit in the lowest byte) to their value, eight bytes at once.
    /// Replay parses an id on every line, and the byte-by-byte loop measured a tenth of the open.
    @inline(__always)
    package static func eightDigits(_ word: UInt64) -> UInt64? {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        guard word & highBits == 0 else { return nil }
        // A byte's top bit is set by adding (0x80 - low) when it is >= low; it stays set while it is
        // also below high + 1. No byte carries into the next: every byte is ASCII.
        let digit = (word &+ ones &* (0x80 - 0x30)) & ~(word &+ ones &* (0x80 - 0x3A)) & highBits
        let letter = (word &+ ones &* (0x80 - 0x61)) & ~(word &+ ones &* (0x80 - 0x67)) & highBits
        guard digit | letter == highBits else { return nil }
        let nibbles = (word & (ones &* 0x0F)) &+ (letter >> 7) &* 9
        // Pack: the first digit is the most significant.
        let pairs = ((nibbles & 0x000F_000F_000F_000F) << 4) | ((nibbles >> 8) & 0x000F_000F_000F_000F)
        let quads = ((pairs & 0x0000_00FF_0000_00FF) << 8) | ((pairs >> 16) & 0x0000_00FF_0000_00FF)
        return ((quads & 0xFFFF) << 16) | ((quads >> 32) & 0xFFFF)
    }

    public static func parse(_ text: String) -> UInt64? {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }
}
