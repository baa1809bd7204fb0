import Foundation
import WorkshopModel
import WorkshopSupport

/// Turning what a facilitator typed (ids, unique prefixes, answer keys or labels) into the session's
/// own ids, with did-you-mean suggestions when nothing matches.
extension SessionState {
    public func resolveActivity(_ text: String) throws(SessionError) -> String {
        let ids = activeActivities.map(\.id)
        if let byID = PrefixMatch(text, among: ids).id { return byID }
        // Words of a title also find an activity: "cafe" finds "research-cafes" by its title.
        let byTitle = activities(withTitleWordStartingWith: text)
        if byTitle.count == 1 { return byTitle[0].id }
        return try Self.resolve(text, among: ids, kind: "activity", hint: "activities: \(ids.joined(separator: ", "))")
    }

    public func resolvePersona(_ text: String) throws(SessionError) -> String {
        try Self.resolve(text, among: plan.personas, kind: "persona",
                         hint: "personas in this session: \(plan.personas.joined(separator: ", "))")
    }

    /// The group named, or the only group when there is just one.
    public func resolveGroup(_ text: String?) throws(SessionError) -> String {
        let groups = activeGroups
        guard let text else {
            if groups.count == 1 { return groups[0] }
            throw .missing(kind: "group", candidates: groups)
        }
        return try Self.resolve(text, among: groups, kind: "group",
                                hint: "groups: \(groups.joined(separator: ", ")); add one with 'add-group'")
    }

    /// The criterion named; nil when the plan rates one implicit criterion.
    public func resolveCriterion(_ text: String?) throws(SessionError) -> String? {
        let ids = plan.criteria.map(\.id)
        guard !ids.isEmpty else {
            if let text {
                throw .noCriteria(text)
            }
            return nil
        }
        guard let text else { throw .missing(kind: "criterion", candidates: ids) }
        return try Self.resolve(text, among: ids, kind: "criterion", hint: "criteria: \(ids.joined(separator: ", "))")
    }

    public func resolvePrompt(_ text: String) throws(SessionError) -> String {
        let ids = plan.prompts.map(\.id)
        return try Self.resolve(text, among: ids, kind: "prompt",
                                hint: ids.isEmpty ? "this plan has no prompts" : "prompts: \(ids.joined(separator: ", "))")
    }

    /// An answer typed as a key (`4`, `g`), `?` or `unsure`, a label (`green`) or a label's unique prefix.
    public func resolveAnswer(_ text: String) throws(SessionError) -> Answer {
        let scale = plan.scale
        if text == Scale.unsureKey || text.lowercased() == "unsure" { return .unsure }
        if let index = scale.index(ofKey: text) { return .level(index) }
        let lowered = text.lowercased()
        if let index = scale.levels.firstIndex(where: { $0.key.lowercased() == lowered || $0.label.lowercased() == lowered }) {
            return .level(index)
        }
        let byLabel = scale.levels.indices.filter { !lowered.isEmpty && scale.levels[$0].label.lowercased().hasPrefix(lowered) }
        if byLabel.count == 1 { return .level(byLabel[0]) }
        throw .notOnScale(answer: text, scale: scale.name, keys: scale.levels.map(\.key))
    }

    /// Activities with a word in their title that starts with `text`, ignoring case and accents:
    /// "cafe" finds "Research cafés".
    public func activities(withTitleWordStartingWith text: String) -> [Activity] {
        let folded = Self.fold(text)
        guard !folded.isEmpty else { return [] }
        return activeActivities.filter { activity in
            Self.fold(activity.title).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                .contains { $0.hasPrefix(folded) }
        }
    }

    /// Lower case without accents, so "cafe" matches "Cafés".
    package static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Exact id, else unique prefix, else a refusal naming the candidates or the nearest id.
    package static func resolve(_ text: String, among ids: [String], kind: String = "id", hint: String = "")
        throws(SessionError) -> String
    {
        switch PrefixMatch(text, among: ids) {
        case let .exact(id), let .unique(id): return id
        case let .ambiguous(matches): throw .ambiguous(kind: kind, text: text, candidates: matches)
        case .none: throw .unknown(kind: kind, text: text, suggestion: Suggestion.closest(to: text, in: ids), hint: hint)
        }
    }
}
