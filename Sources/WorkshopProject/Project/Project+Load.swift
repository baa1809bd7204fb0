import Foundation
import WorkshopModel
import WorkshopSupport

extension Project {
    /// Reads every persona and plan under `root`, collecting all problems; a broken file never stops the others.
    public static func load(root: ProjectRoot) throws(ProjectError) -> Project {
        try root.check()

        var project = Project(
            root: root, personas: [:], plans: [:], diagnostics: [], personaFileCount: 0, planFileCount: 0,
            brokenPersonas: [], brokenPlans: [])
        let personaFiles = yamlFiles(in: root.personasFolder, log: &project.diagnostics)
        project.personaFileCount = personaFiles.count
        for (id, path) in personaFiles {
            let log = DiagnosticLog(file: path)
            if let text = read(path, log: log), let persona = PersonaLoader.load(id: id, text: text, log: log) {
                project.personas[id] = persona
            } else {
                project.brokenPersonas.insert(id)
            }
            project.diagnostics += log.diagnostics
        }
        let known = Set(personaFiles.map(\.id))
        let planFiles = yamlFiles(in: root.sessionsFolder, log: &project.diagnostics)
        project.planFileCount = planFiles.count
        for (id, path) in planFiles {
            let log = DiagnosticLog(file: path)
            if let text = read(path, log: log), let plan = PlanLoader.load(id: id, text: text, personas: known, log: log) {
                project.plans[id] = plan
            } else {
                project.brokenPlans.insert(id)
            }
            project.diagnostics += log.diagnostics
        }
        return project
    }

    /// The `.yaml` and `.yml` files of a folder, sorted, with ids taken from their names. Bad names and
    /// two files with one id are reported.
    private static func yamlFiles(in folder: String, log diagnostics: inout [Diagnostic]) -> [(id: String, path: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var seen: [String: String] = [:]
        var files: [(id: String, path: String)] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let id = String(name.dropLast(name.hasSuffix(".yaml") ? 5 : 4))
            let path = folder + "/" + name
            let location = SourceLocation(file: path, line: 1, column: 1)
            if !Identifier.isValid(id) {
                diagnostics.append(Diagnostic(.invalidID(kind: "file-name", id: id), at: location))
            } else if let first = seen[id] {
                diagnostics.append(Diagnostic(.duplicateFile(name: name, first: first), at: location))
            } else {
                seen[id] = name
                files.append((id, path))
            }
        }
        return files
    }

    private static func read(_ path: String, log: DiagnosticLog) -> String? {
        // Reading a FIFO would wait for a writer for ever.
        if let kind = RegularFile.otherKind(at: path) {
            log.report(.unreadable(detail: "it is \(kind), not a regular file; move it away"), at: nil)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            log.report(.unreadable(detail: "permission denied or not a regular file"), at: nil)
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            log.report(.unreadable(detail: "not valid UTF-8; save the file as UTF-8"), at: nil)
            return nil
        }
        return text
    }
}
