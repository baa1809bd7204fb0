import Foundation
import Yams
@testable import WorkshopKit
@testable import WorkshopProject
@testable import WorkshopSession
@testable import WorkshopSupport

/// The YAML loaders over arbitrary text, as `check` and `start` meet it: each must only ever report,
/// a file it refuses has an error to show for it and one it accepts has none, and a plan or persona
/// it accepts must survive the start record (encoded into a journal's first line and read back the
/// same), since accepting it means a session can be started from it.
enum YAMLLoadersTarget: FuzzTarget {
    static let name = "yaml-loaders"
    static let summary = "PlanLoader, PersonaLoader and ScaleLoader over arbitrary text only report diagnostics"

    /// The bundled personas, so that a plan naming them loads and can be started.
    static let personas: [Persona] = {
        let folder = repositoryRoot + "/personas"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }
        return names.sorted().compactMap { name in
            guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { return nil }
            return PersonaLoader.load(id: String(name.dropLast(5)), text: text, log: DiagnosticLog(file: name))
        }
    }()

    static let personaIDs = Set(personas.map(\.id))

    static func prepare() {
        if personas.isEmpty { FuzzTargets.fail("no personas load from \(repositoryRoot)/personas") }
        if examplePlan == nil { FuzzTargets.fail("no plan loads from \(repositoryRoot)/sessions") }
    }

    static func run(_ input: UnsafeRawBufferPointer) {
        // Project.load refuses a file that is not UTF-8 before any loader sees it; any String will do here.
        let text = String(decoding: input, as: UTF8.self)

        let personaLog = DiagnosticLog(file: "personas/fuzz.yaml")
        let persona = PersonaLoader.load(id: "fuzz", text: text, log: personaLog)
        reported(persona != nil, personaLog)

        let planLog = DiagnosticLog(file: "sessions/fuzz.yaml")
        let plan = PlanLoader.load(id: "fuzz", text: text, personas: personaIDs, log: planLog)
        reported(plan != nil, planLog)

        if let node = try? Yams.compose(yaml: text) {
            let scaleLog = DiagnosticLog(file: "scale")
            let scale = ScaleLoader.load(node, log: scaleLog)
            if scale == nil && !scaleLog.hasErrors { FuzzTargets.fail("a scale was refused with no error: \(show(text))") }
            _ = scaleLog.diagnostics.map(\.description)
        }

        if let plan {
            survivesTheStartRecord(plan, personas.filter { plan.personas.contains($0.id) }, text)
        }
        if let persona, let plan = examplePlan {
            survivesTheStartRecord(plan, [persona], text)
        }
    }

    /// Accepted exactly when nothing is an error; every message renders.
    private static func reported(_ accepted: Bool, _ log: DiagnosticLog) {
        _ = log.diagnostics.map(\.description)
        if accepted == log.hasErrors {
            FuzzTargets.fail(accepted
                ? "accepted with errors: \(log.diagnostics)"
                : "refused with no error (diagnostics: \(log.diagnostics))")
        }
    }

    private static func survivesTheStartRecord(_ plan: Plan, _ personas: [Persona], _ text: String) {
        let record = StartRecord(id: 1, at: 0, by: "fuzz", session: "fuzz", plan: plan, personas: personas)
        let line: [UInt8]
        do {
            line = try record.line()
        } catch {
            FuzzTargets.fail("an accepted file cannot be written into a start record (\(error)): \(show(text))")
        }
        do {
            let read = try line.dropLast().withUnsafeBytes { raw throws(ReplayProblem) in try StartRecord.parse(raw) }
            guard read.plan == plan, read.personas == personas else {
                FuzzTargets.fail("the start record changes an accepted file: \(show(text))")
            }
        } catch {
            FuzzTargets.fail("the start record of an accepted file is refused (\(error)): \(show(text))")
        }
    }

    /// A bundled plan, to start with a persona the input gives.
    private static let examplePlan: Plan? = {
        let folder = repositoryRoot + "/sessions"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }
        for name in names.sorted() {
            guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { continue }
            let id = String(name.dropLast(5))
            if let plan = PlanLoader.load(id: id, text: text, personas: personaIDs, log: DiagnosticLog(file: name)) {
                return plan
            }
        }
        return nil
    }()

    private static func show(_ text: String) -> String { FuzzTargets.show(text.utf8) }
}
