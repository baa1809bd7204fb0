import CReadline
import Foundation

/// The prompt's history across runs: `$WORKSHOP_HISTORY`, else `$XDG_STATE_HOME/workshop/history`,
/// else `~/.local/state/workshop/history`. Private to the user (0600), capped, with no blank lines
/// and no immediate repeats. Each line is appended as it is entered, so a crash keeps it.
struct HistoryFile {
    static let limit: Int32 = 1000
    let path: String

    static func resolve(environment: [String: String]) -> HistoryFile? {
        if let path = environment["WORKSHOP_HISTORY"], !path.isEmpty { return HistoryFile(path: path) }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.local/state" }
        return state.map { HistoryFile(path: $0 + "/workshop/history") }
    }

    func load() {
        stifle_history(Self.limit)
        _ = read_history(path)
    }

    func add(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        if let last = workshop_history_last(), String(cString: last) == line { return }
        add_history(line)
        ensureFile()
        _ = append_history(1, path)
        if workshop_history_length() >= Self.limit { _ = history_truncate_file(path, Self.limit) }
    }

    /// Creates the folder (0700) and the file (0600) before the first write.
    private func ensureFile() {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        if fd >= 0 {
            fchmod(fd, 0o600)
            close(fd)
        }
    }
}
