import Foundation
import WorkshopModel
import WorkshopSupport

/// The persona or plan files of one folder: which are read, under which id, and which are left
/// alone and why. A file whose name cannot be an id, or repeats another's, is still read for its
/// other problems, but nothing is loaded from it; a file the loader does not read at all (`HOS2.YAML`,
/// `academic.yml~`, `notes.txt` among the personas) is named, so it is not silently missing.
struct ProjectFiles {
    struct File {
        var id: String
        var path: String
        /// False when the name is refused: the file is checked, never loaded.
        var usable: Bool
    }

    var files: [File] = []
    var diagnostics: [Diagnostic] = []

    /// The files of `folder`; `allFiles` says every other file there is a stray (personas/ holds
    /// nothing else, while sessions/ holds journals and their side files too).
    init(folder: String, allFiles: Bool) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var seen: [String: String] = [:]
        for name in names.sorted() {
            let path = folder + "/" + name
            let location = SourceLocation(file: path, line: 1, column: 1)
            guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else {
                if let reason = Self.ignored(name, path: path, allFiles: allFiles) {
                    diagnostics.append(Diagnostic(.ignoredFile(reason: reason), at: location))
                }
                continue
            }
            let id = String(name.dropLast(name.hasSuffix(".yaml") ? 5 : 4))
            var usable = true
            if !Identifier.isValid(id) {
                diagnostics.append(Diagnostic(.invalidID(kind: "file-name", id: id), at: location))
                usable = false
            } else if let first = seen[id] {
                diagnostics.append(Diagnostic(.duplicateFile(name: name, first: first), at: location))
                usable = false
            } else {
                seen[id] = name
            }
            files.append(File(id: id, path: path, usable: usable))
        }
    }

    /// Why the loader passes over `name`, or nil for a file that is no concern of its: hidden
    /// files, folders, and (outside personas/) anything that does not look like YAML.
    static func ignored(_ name: String, path: String, allFiles: Bool) -> String? {
        var isFolder: ObjCBool = false
        guard !name.hasPrefix("."), FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
              !isFolder.boolValue else { return nil }
        let lower = name.lowercased()
        guard let range = lower.range(of: ".yaml") ?? lower.range(of: ".yml") else {
            return allFiles ? "only '.yaml' files are read here; move it out of personas/ if it is not a persona" : nil
        }
        let stem = String(name[..<range.lowerBound])
        let suggested = (Identifier.isValid(stem) || !Identifier.isValid(stem.lowercased()) ? stem : stem.lowercased()) + ".yaml"
        if range.upperBound == lower.endIndex {
            return "the extension must be '.yaml' in lower case; rename it to '\(suggested)'"
        }
        if name.hasSuffix("~") || name.hasSuffix("#") || [".bak", ".orig", ".swp", ".tmp"].contains(where: lower.hasSuffix) {
            return "a backup copy an editor left is not read; delete it, or rename it to '\(suggested)' if it is the one to keep"
        }
        return "only names ending in '.yaml' are read; rename it to '\(suggested)'"
    }
}
