import Foundation
@testable import WorkshopCLI
import WorkshopTestSupport

/// Runs a command line in this process, through the entry the binary uses (`Workshop.run`), with
/// buffers for standard output and error and `input` as standard input (not a terminal). What it
/// returns is what `WorkshopProcess.run` returns for the binary, byte for byte, in a fraction of
/// the time; tests of the real doors (signals, a terminal, exit codes of the process) spawn it.
enum InProcess {
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> WorkshopProcess.Result {
        // `WORKSHOP_TESTS_SPAWN=1 swift test` runs the same tests against the binary: they must pass
        // both ways, which is what "byte for byte" means.
        if ProcessInfo.processInfo.environment["WORKSHOP_TESTS_SPAWN"] != nil {
            return try WorkshopProcess.run(arguments, input: input, environment: environment)
        }
        let io = CommandIO.buffered(input: input, environment: WorkshopProcess.environment(adding: environment))
        let status = Workshop.run(arguments: arguments, io: io)
        return WorkshopProcess.Result(status: status, stdout: io.console.output.text, stderr: io.console.errors.text)
    }
}

extension ExampleCopy {
    /// Runs `workshop` in process with `--root` pointing here, as `run` runs the binary (and, like
    /// it, marked `throws`, so a test moves from one to the other by its name alone).
    func workshop(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> WorkshopProcess.Result {
        try InProcess.run(arguments + ["--root", path], input: input, environment: commandEnvironment(environment))
    }
}
