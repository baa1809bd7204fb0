import Foundation

/// One stream the tool writes to: a file descriptor (standard output or error), or a buffer that
/// keeps what was written, so a test runs a command line in process and reads its output.
/// `@unchecked Sendable`: `kept` is touched only with `lock` held.
final class OutputSink: @unchecked Sendable {
    private let handle: FileHandle?
    private let lock = NSLock()
    private var kept = Data()

    private init(handle: FileHandle?) {
        self.handle = handle
    }

    /// The process's standard output.
    static func standardOutput() -> OutputSink { OutputSink(handle: .standardOutput) }
    /// The process's standard error.
    static func standardError() -> OutputSink { OutputSink(handle: .standardError) }
    /// A buffer: `text` reads back what was written.
    static func buffer() -> OutputSink { OutputSink(handle: nil) }

    /// The descriptor written to, for asking whether it is a terminal; nil for a buffer.
    var descriptor: Int32? { handle?.fileDescriptor }

    func write(_ text: String) {
        write(Data(text.utf8))
    }

    func write(_ data: Data) {
        if let handle { return handle.write(data) }
        lock.withLock { kept.append(data) }
    }

    /// What a buffer holds, decoded as the tests' spawned runs decode a pipe.
    var text: String {
        lock.withLock { String(decoding: kept, as: UTF8.self) }
    }
}
