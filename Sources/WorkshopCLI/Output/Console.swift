import Foundation

/// Where commands write: results to standard output, problems to standard error.
public enum Console {
    /// Writes a line of results to standard output.
    public static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes a line about a problem to standard error.
    public static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
