import Foundation

/// One program run as a user runs it from the shell: a process of its own (posix_spawnp), timed
/// from before the spawn to the end of `wait4`, with its peak resident memory from the rusage
/// `wait4` returns for it (ru_maxrss, kilobytes on Linux): that child's alone, not ours.
enum Spawn {
    struct Outcome {
        var seconds: Double
        var peakKilobytes: Int
        var status: Int32
        /// Standard output, when asked for (written to a file, read after the clock stops).
        var output: String?
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `arguments` (the first found on `PATH`) with `environment` added to ours; standard
    /// output to /dev/null unless `captureIn` names a file for it; standard error to `errors`.
    static func run(_ arguments: [String], environment: [String: String] = [:], captureIn: String? = nil,
                    errors: String = "/dev/null") throws -> Outcome
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, captureIn ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw Failure(description: "wait4: \(String(cString: strerror(errno)))") }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // WIFEXITED / WEXITSTATUS (macros Swift does not import): a signal counts as failure.
        let exitStatus: Int32 = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = captureIn.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
        return Outcome(seconds: seconds, peakKilobytes: usage.ru_maxrss, status: exitStatus, output: output)
    }

    /// `run`, refusing a non-zero exit with the command and what it said on standard error.
    static func checked(_ arguments: [String], environment: [String: String] = [:], captureIn: String? = nil,
                        scratch: String) throws -> Outcome
    {
        let errors = scratch + "/stderr.txt"
        let outcome = try run(arguments, environment: environment, captureIn: captureIn, errors: errors)
        guard outcome.status == 0 else {
            let said = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            throw Failure(description: "\(arguments.joined(separator: " ")) exited \(outcome.status): "
                + said.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return outcome
    }
}
