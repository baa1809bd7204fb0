import Foundation

/// One fuzz target: what it calls `run` with must never crash it, and what it checks beyond that
/// ends in `FuzzTargets.fail`, which traps, so libFuzzer keeps the input as a crash.
protocol FuzzTarget: SendableMetatype {
    /// The name on the command line and of the corpus folder, `Fuzz/corpus/<name>/`.
    static var name: String { get }
    static var summary: String { get }
    /// Work done once before the first input (reading what every input builds on).
    static func prepare()
    static func run(_ input: UnsafeRawBufferPointer)
}

extension FuzzTarget {
    static func prepare() {}
}

enum FuzzTargets {
    static let all: [any FuzzTarget.Type] = [
        JournalLinesTarget.self, JournalReplayTarget.self, YAMLLoadersTarget.self, TokenizerTarget.self,
    ]

    /// The target the driver runs; set once in `main` before libFuzzer starts, read from its callback
    /// (a C function pointer, which cannot capture it).
    nonisolated(unsafe) static var current: (any FuzzTarget.Type)?

    static func named(_ name: String) -> (any FuzzTarget.Type)? {
        all.first { $0.name == name }
    }

    /// Stops on a broken invariant: the message, then a trap that libFuzzer records with the input.
    static func fail(_ message: String) -> Never {
        fatalError("\(current?.name ?? "workshop-fuzz"): \(message)")
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("workshop-fuzz: \(message)\n".utf8))
    }

    /// Bytes shown in a failure message: printable ASCII as is, anything else escaped.
    static func show(_ bytes: some Sequence<UInt8>) -> String {
        var text = "\""
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): text += "\\" + String(UnicodeScalar(byte))
            case 0x20..<0x7f: text.append(Character(UnicodeScalar(byte)))
            default: text += "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16)
            }
        }
        return text + "\""
    }
}
