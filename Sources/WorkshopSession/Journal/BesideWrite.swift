import Dispatch

/// A journal's replacement written beside it and synced on another core while the caller goes on:
/// a merge replays the merged journal meanwhile, and writing 340 MB (two rooms of a million answers)
/// took as long as that replay. Nothing is renamed until `JournalFile.replace(with:)` takes it.
package final class BesideWrite: @unchecked Sendable {  // `outcome` is written once, before `done` is left
    private let done = DispatchGroup()
    private var outcome: Result<String, JournalError> = .failure(.empty(path: ""))

    /// Starts writing `bytes` beside `path`.
    package init(_ bytes: [UInt8], beside path: String) {
        done.enter()
        DispatchQueue(label: "workshop.beside-write").async { [self] in  // its own thread, not the pool's
            outcome = Result { () throws(JournalError) in try JournalFile.writeBeside(bytes, path: path) }
            done.leave()
        }
    }

    /// Waits for the write; the synced file's name, or why it could not be written.
    package func finish() throws(JournalError) -> String {
        done.wait()
        return try outcome.get()
    }

    /// Waits for the write and removes what it wrote: the caller will not use it.
    package func discard() {
        if let temporary = try? finish() { unlink(temporary) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
