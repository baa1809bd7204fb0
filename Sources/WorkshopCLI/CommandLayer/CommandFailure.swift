/// A refusal the CLI itself words (a bad combination of arguments, a command that needs the
/// prompt): one line on standard error, exit 1. Errors from the library are thrown as they are and
/// worded by `ErrorReport` when printed.
public struct CommandFailure: Error, CustomStringConvertible, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// A command that already wrote what went wrong and only needs to fail (e.g. `check` with errors).
public struct SilentFailure: Error, Equatable {}
