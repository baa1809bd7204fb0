/// What an Esc read in a one-key walk began: a lone Esc (leave), a bare arrow (back or skip), or
/// some other key's sequence, read to its end and ignored. Reading a sequence to its final byte
/// matters: Ctrl-→ sends `Esc [ 1 ; 5 C`, and a walk that took the `5` as a key recorded a 5.
enum EscapeKey: Equatable {
    case lone
    case left
    case right
    case other

    /// Reads what follows an Esc already read: a CSI sequence (`Esc [`, parameter and intermediate
    /// bytes 0x20-0x3F, one final byte 0x40-0x7E) or an SS3 one (`Esc O` and one byte, as arrows
    /// are sent in the terminal's application mode).
    static func read(from terminal: Terminal) -> EscapeKey {
        guard Terminal.byteWaiting(milliseconds: 40), let introducer = terminal.readByte() else { return .lone }
        switch introducer {
        case UInt8(ascii: "["):
            var parameters = false
            while let byte = terminal.readByte() {
                if (0x40...0x7E).contains(byte) { return parameters ? .other : arrow(byte) }
                guard (0x20...0x3F).contains(byte) else { return .other }
                parameters = true
            }
            return .lone
        case UInt8(ascii: "O"):
            guard let byte = terminal.readByte() else { return .lone }
            return arrow(byte)
        default:
            return .other
        }
    }

    private static func arrow(_ final: UInt8) -> EscapeKey {
        switch final {
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "C"): .right
        default: .other
        }
    }
}
