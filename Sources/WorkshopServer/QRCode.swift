import CQRencode

/// A QR code: a square of dark and light modules, from libqrencode.
public struct QRCode: Sendable {
    /// Modules per side.
    public let size: Int
    /// Row by row, `true` for a dark module.
    public let modules: [Bool]

    /// Encodes `text` (8-bit mode, error correction level M: readable with a quarter of a
    /// printed card smudged). Nil when libqrencode refuses (text too long for any version).
    public init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        var modules: [Bool] = []
        modules.reserveCapacity(width * width)
        for index in 0..<(width * width) {
            modules.append(code.pointee.data[index] & 1 == 1)
        }
        self.size = width
        self.modules = modules
    }

    public func isDark(row: Int, column: Int) -> Bool {
        guard row >= 0, row < size, column >= 0, column < size else { return false }
        return modules[row * size + column]
    }
}
