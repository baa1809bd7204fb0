import Foundation

extension ContiguousBytes {
    /// `withUnsafeBytes`, keeping the closure's own error type: the standard one throws `any Error`,
    /// which would lose the typed errors (`ReplayProblem`, `JournalError`, ...) the callers throw.
    @inlinable package func withBytes<Value, Failure: Error>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Value
    ) throws(Failure) -> Value {
        try withUnsafeBytes { raw in Result { () throws(Failure) in try body(raw) } }.get()
    }
}
