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
        // A file whose name is refused is still read, so all its problems show at once; nothing
        // is loaded from it.
        let personaFiles = ProjectFiles(folder: root.personasFolder, allFiles: true)
        project.diagnostics += personaFiles.diagnostics
        project.personaFileCount = personaFiles.files.filter(\.usable).count
        for file in personaFiles.files {
            let log = DiagnosticLog(file: file.path)
            let persona = read(file.path, log: log).flatMap { PersonaLoader.load(id: file.id, text: $0, log: log) }
            if let persona, file.usable {
                project.personas[file.id] = persona
            } else if file.usable {
                project.brokenPersonas.insert(file.id)
            }
            project.diagnostics += log.diagnostics
        }
        let known = Set(personaFiles.files.filter(\.usable).map(\.id))
        let planFiles = ProjectFiles(folder: root.sessionsFolder, allFiles: false)
        project.diagnostics += planFiles.diagnostics
        project.planFileCount = planFiles.files.filter(\.usable).count
        for file in planFiles.files {
            let log = DiagnosticLog(file: file.path)
            let plan = read(file.path, log: log).flatMap { PlanLoader.load(id: file.id, text: $0, personas: known, log: log) }
            if let plan, file.usable {
                project.plans[file.id] = plan
            } else if file.usable {
                project.brokenPlans.insert(file.id)
            }
            project.diagnostics += log.diagnostics
        }
        return project
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
