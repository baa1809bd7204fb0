import Foundation
import WorkshopProject
import WorkshopSession

/// Where an action id was agreed, looked for across every journal under a root: for telling a user
/// that the action they named belongs to another session or series. Only used when a lookup in the
/// session itself has failed, so it may read files.
public enum ActionLocator {
    /// The session whose journal agreed an action with an id starting `prefix` (hex), if any.
    public static func session(agreeing prefix: String, root: ProjectRoot) -> String? {
        let lowered = prefix.lowercased()
        guard lowered.count >= 4, lowered.allSatisfy(\.isHexDigit) else { return nil }
        let needle = "\"type\":\"action\",\"id\":\"\(lowered)"
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
