import Foundation
import WorkshopModel
import WorkshopSupport

/// Every persona and plan under a root, loaded and checked together.
public struct Project: Sendable {
    public var root: ProjectRoot
    /// Personas that loaded cleanly, by id.
    public var personas: [String: Persona]
    /// Plans that loaded cleanly, by id.
    public var plans: [String: Plan]
    /// Every problem found, in file order.
    public var diagnostics: [Diagnostic]
    /// How many persona and plan files were read.
    public var personaFileCount: Int
    public var planFileCount: Int
    /// Ids of persona files that exist but have errors.
    package var brokenPersonas: Set<String>
    /// Ids of plan files that exist but have errors.
    package var brokenPlans: Set<String>

    /// Every plan id with a file, clean or not.
    public var planIDs: [String] { (Set(plans.keys).union(brokenPlans)).sorted() }

    /// The plan `id` (or a unique prefix of it), refused with its diagnostics when it or a persona it names
    /// has errors.
    public func plan(_ id: String) throws(ProjectError) -> Plan {
        let resolved = try resolvePlanID(id)
        guard let plan = plans[resolved] else {
            throw .planRefused(id: resolved, diagnostics: diagnostics.filter { $0.location.file == root.planFile(resolved) })
        }
        let broken = plan.personas.filter(brokenPersonas.contains)
        if !broken.isEmpty {
            let files = Set(broken.map(root.personaFile))
            throw .planRefused(id: resolved, diagnostics: diagnostics.filter { files.contains($0.location.file) })
        }
        return plan
    }

    /// The personas a plan names, in the plan's order.
    public func personas(of plan: Plan) -> [Persona] {
        plan.personas.compactMap { personas[$0] }
    }

    private func resolvePlanID(_ id: String) throws(ProjectError) -> String {
        let all = planIDs
        switch PrefixMatch(id, among: all) {
        case let .exact(found), let .unique(found): return found
        case let .ambiguous(matches): throw .ambiguousPlan(prefix: id, candidates: matches)
        case .none: throw .unknownPlan(id: id, suggestion: Suggestion.closest(to: id, in: all), available: all)
        }
    }
}
