/// A refusal a command reports in one line on standard error, exiting 1.
public struct CommandFailure: Error, CustomStringConvertible, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public init(_ error: some Error) {
        self.message = "\(error)"
    }

    public var description: String { message }
}

/// A command that already wrote what went wrong and only needs to fail (e.g. `check` with errors).
public struct SilentFailure: Error, Equatable {}
