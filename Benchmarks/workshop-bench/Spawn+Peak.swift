import Foundation

/// Peak memory as the command alone uses it. The ru_maxrss `wait4` reports for a child of ours is
/// no good for that on Linux: a spawned child's high-water mark starts from ours (exec records the
/// parent's, shared until then), so every command looked as large as the benchmark process itself
/// (162.6 MiB for every command at 1M answers, `--version` included). GNU time's child is a child
/// of a small process: its figure is the command's own.
extension Spawn {
    static let time = "/usr/bin/time"

    /// The peak resident memory of one run of `arguments`, in kilobytes, or nil without GNU time.
    static func peak(_ arguments: [String], environment: [String: String], scratch: String) throws -> Int? {
        guard FileManager.default.isExecutableFile(atPath: time) else { return nil }
        let report = scratch + "/peak.txt"
        _ = try checked([time, "-f", "%M", "-o", report] + arguments, environment: environment, scratch: scratch)
        let text = try String(contentsOfFile: report, encoding: .utf8)
        return text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
