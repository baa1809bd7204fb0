import Foundation
import WorkshopProject

/// Which session's journal holds a record id, looked for across every journal under a root: for
/// telling a user that the record they named belongs to another session. Only used when a lookup in
/// the session itself has failed, so it may read files.
public enum RecordLocator {
    /// The session whose journal has a record whose id starts with `prefix` (at least 4 hex digits).
    public static func session(holding prefix: String, root: ProjectRoot) -> String? {
        let lowered = prefix.lowercased()
        guard lowered.count >= SessionState.shortestIDPrefix, lowered.count <= 16, lowered.allSatisfy(\.isHexDigit) else {
            return nil
        }
        let needle = "\"id\":\"\(lowered)"
        return Session.sessionIDs(root: root).first { id in
            guard let bytes = try? JournalFile.read(path: Session.journalPath(root: root, id: id)),
                  let text = String(validating: bytes, as: UTF8.self)
            else {
                return false
            }
            return text.contains(needle)
        }
    }
}
