import Foundation
import WorkshopModel
import WorkshopSupport
import Yams

/// Turns a plan file into a `Plan`, reporting every problem it finds.
package enum PlanLoader {
    package static let keys = [
        "title", "date", "venue", "facilitator", "series", "scale", "personas", "groups", "criteria",
        "prompts", "activities", "dots", "dots-per-item", "language", "languages", "timezone",
    ]
    package static let activityKeys = ["id", "title", "description", "stage", "tags"]
    package static let criterionKeys = ["id", "title", "weight"]
    package static let promptKeys = ["id", "text"]

    /// `personas` holds the ids of the persona files present, so a plan naming another is caught.
    package static func load(id: String, text: String, personas: Set<String>, log: DiagnosticLog) -> Plan? {
        guard let root = YAMLDocument.rootMapping(of: text, log: log),
              let fields = FieldReader(root, context: "plan", key: "the file", log: log)
        else { return nil }
        let before = log.diagnostics.count
        fields.warnUnknownKeys(allowed: keys)
        let title = fields.string("title", required: true)
        let date = fields.string("date")
        if let date, !isDate(date), let node = fields.value("date") {
            log.report(.invalidDate(value: date), at: node)
        }
        // A plan with no `activities:` key is an action-only meeting (reviewing and agreeing actions):
        // it rates nothing, so it needs no scale and no personas. `activities: []` is still refused, as
        // a list left empty by mistake.
        let actionOnly = fields.value("activities") == nil
        let scale = fields.value("scale").flatMap { ScaleLoader.load($0, log: log) }
        // Read once: each reading reports the list's problems, and they should be reported once.
        let groupItems = fields.list("groups", textIsOne: true) ?? []
        if fields.value("scale") == nil, !actionOnly { log.report(.missingKey(key: "scale", in: "plan"), at: root) }
        var plan = Plan(
            id: id,
            title: title ?? id,
            date: date,
            venue: fields.string("venue"),
            facilitator: fields.string("facilitator"),
            series: fields.string("series"),
            personas: personaIDs(fields, known: personas, required: !actionOnly, log: log),
            activities: actionOnly ? [] : activities(fields, log: log),
            scale: scale ?? Scale.labelled(actionOnly ? Plan.noScale : "invalid", []),
            criteria: criteria(fields, log: log),
            prompts: prompts(fields, log: log),
            groups: ids(groupItems, key: "groups", kind: "group", log: log)
        )
        plan.dots = fields.count("dots", least: 1, most: Vote.mostDots)
        plan.dotsPerItem = fields.count("dots-per-item", least: 1, most: Vote.mostDots)
        plan.language = LanguageField.one(fields, log: log)
        plan.languages = LanguageField.several(fields, log: log)
        plan.timezone = timezone(fields, log: log)
        plan.groupPersonas = groupPersonas(groupItems, personas: plan.personas, log: log)
        return log.diagnostics[before...].hasErrors ? nil : plan
    }

    package static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        var components = DateComponents(year: year, month: month, day: day)
        components.calendar = Calendar(identifier: .gregorian)
        return (1...12).contains(month) && components.isValidDate
    }

    private static func personaIDs(_ fields: FieldReader, known: Set<String>, required: Bool, log: DiagnosticLog) -> [String] {
        guard let items = fields.list("personas", required: required, textIsOne: true) else { return [] }
        let listed = ids(items, key: "personas", kind: "persona", log: log)
        for (id, node) in zip(listed, items) where !known.contains(id) {
            log.report(.unknownPersona(id: id, suggestion: Suggestion.closest(to: id, in: known.sorted())), at: node)
        }
        return listed
    }

    /// Plain id lists (`personas`, `groups`): each a valid id, none repeated.
    private static func ids(_ items: [Node], key: String, kind: String, log: DiagnosticLog) -> [String] {
        var seen: [String: Int] = [:]
        var result: [String] = []
        for item in items {
            guard let id = item.scalar?.string ?? (key == "groups" ? mappedID(item) : nil) else {
                log.report(.wrongType(key: key, expected: "a list of ids"), at: item)
                continue
            }
            if !Identifier.isValid(id) {
                log.report(.invalidID(kind: kind, id: id), at: item)
            } else if let first = seen[id] {
                log.report(.duplicateID(kind: "\(kind) id", id: id, firstLine: first), at: item)
            } else {
                seen[id] = log.location(of: item).line
            }
            result.append(id)
        }
        return result
    }

    private static func activities(_ fields: FieldReader, log: DiagnosticLog) -> [Activity] {
        let items = fields.list("activities", required: true) ?? []
        return unique(items, key: "activities", kind: "activity", log: log) { item, id in
            item.warnUnknownKeys(allowed: activityKeys)
            return Activity(
                id: id, title: item.string("title", required: true) ?? id,
                description: item.string("description") ?? "",
                stage: item.string("stage"), tags: item.strings("tags"))
        }
    }

    private static func criteria(_ fields: FieldReader, log: DiagnosticLog) -> [Criterion] {
        unique(fields.list("criteria") ?? [], key: "criteria", kind: "criterion", log: log) { item, id in
            item.warnUnknownKeys(allowed: criterionKeys)
            return Criterion(id: id, title: item.string("title") ?? id, weight: item.weight() ?? 1)
        }
    }

    private static func prompts(_ fields: FieldReader, log: DiagnosticLog) -> [Prompt] {
        unique(fields.list("prompts") ?? [], key: "prompts", kind: "prompt", log: log) { item, id in
            item.warnUnknownKeys(allowed: promptKeys)
            return Prompt(id: id, text: item.string("text", required: true) ?? "")
        }
    }

    /// `timezone: Europe/London`: an IANA zone this machine knows, so that `serve --open-from`
    /// reads its dates where the workshop is, not where the server happens to be.
    private static func timezone(_ fields: FieldReader, log: DiagnosticLog) -> String? {
        guard let name = fields.string("timezone"), let node = fields.value("timezone") else { return nil }
        let known = TimeZone.knownTimeZoneIdentifiers
        guard known.contains(name) || name == "UTC", TimeZone(identifier: name) != nil else {
            // Compared without case (`europe/london` is close to `Europe/London`), in a fixed order.
            let lowered = Dictionary(known.map { ($0.lowercased(), $0) }) { first, _ in first }
            let suggestion = Suggestion.closest(to: name, in: lowered.keys.sorted()).flatMap { lowered[$0] }
            log.report(.invalidTimeZone(value: name, suggestion: suggestion), at: node)
            return nil
        }
        return name
    }

    /// A group written as a mapping (`{id: table-1, persona: academic}`): its id.
    private static func mappedID(_ item: Node) -> String? {
        item.mapping?.first { $0.key.string == "id" }?.value.scalar?.string
    }

    /// The personas groups written as mappings play: each a persona of the plan.
    private static func groupPersonas(_ items: [Node], personas: [String], log: DiagnosticLog) -> [String: String] {
        var result: [String: String] = [:]
        for (index, node) in items.enumerated() where node.mapping != nil {
            guard let item = FieldReader(node, context: "group \(index + 1)", key: "groups", log: log) else { continue }
            item.warnUnknownKeys(allowed: ["id", "persona"])
            guard let id = item.string("id", required: true), let persona = item.string("persona") else { continue }
            if personas.contains(persona) {
                result[id] = persona
            } else {
                log.report(.unknownPersona(id: persona, suggestion: Suggestion.closest(to: persona, in: personas)),
                           at: item.value("persona") ?? node)
            }
        }
        return result
    }

    /// Lists of mappings with an `id:` each: ids valid and not repeated.
    private static func unique<T>(
        _ items: [Node], key: String, kind: String, log: DiagnosticLog, make: (FieldReader, String) -> T
    ) -> [T] {
        var seen: [String: Int] = [:]
        var result: [T] = []
        for (index, node) in items.enumerated() {
            guard let item = FieldReader(node, context: "\(kind) \(index + 1)", key: key, log: log),
                  let (id, idNode) = item.id("id", kind: kind)
            else { continue }
            if let first = seen[id] {
                log.report(.duplicateID(kind: "\(kind) id", id: id, firstLine: first), at: idNode)
            } else {
                seen[id] = log.location(of: idNode).line
            }
            result.append(make(item, id))
        }
        return result
    }
}
