import Foundation

/// The starting folder `workshop init` makes: `personas/` and `sessions/`, with one commented
/// example persona and one commented example plan that load and start as they are.
public enum ProjectTemplate {
    /// The example persona's id, and so its file's name.
    public static let personaID = "undergraduate"
    /// The example plan's id: `workshop start first-workshop`.
    public static let planID = "first-workshop"

    /// The files written, by path under the new folder.
    public static var files: [(path: String, text: String)] {
        [("personas/\(personaID).yaml", persona), ("sessions/\(planID).yaml", plan)]
    }

    /// Why a folder was not made, worded for the one line the CLI prints.
    public struct Refusal: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// Writes the starting files into `folder`, made if missing (an existing folder is fine while
    /// it has no `personas/` or `sessions/`). All or nothing: the files are written into a hidden
    /// folder beside them and moved into place, so a failure leaves the folder as it was.
    public static func write(into folder: String) throws(Refusal) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let existed = manager.fileExists(atPath: folder, isDirectory: &isFolder)
        if existed && !isFolder.boolValue {
            throw Refusal(description: "'\(folder)' is a file; name a new or empty folder for the workshop")
        }
        let root = ProjectRoot(path: folder)
        for part in ["personas", "sessions"] where manager.fileExists(atPath: root.join(part)) {
            throw Refusal(description: "'\(folder)' is a workshop folder already (it has \(part)/); nothing written: "
                + "check it with 'workshop check --root \(folder)', or name a new folder")
        }
        let staging = root.join(".workshop-init-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (path, text) in files {
                let target = staging + "/" + path
                try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: target))
            }
            try manager.moveItem(atPath: staging + "/personas", toPath: root.personasFolder)
            try manager.moveItem(atPath: staging + "/sessions", toPath: root.sessionsFolder)
            try manager.removeItem(atPath: staging)
        } catch {
            try? manager.removeItem(atPath: staging)
            if manager.fileExists(atPath: root.join(files[1].path)) { try? manager.removeItem(atPath: root.sessionsFolder) }
            if manager.fileExists(atPath: root.join(files[0].path)) { try? manager.removeItem(atPath: root.personasFolder) }
            if !existed { try? manager.removeItem(atPath: folder) }
            throw Refusal(description: "cannot make the workshop folder '\(folder)': \(error.localizedDescription); nothing written")
        }
    }
}
