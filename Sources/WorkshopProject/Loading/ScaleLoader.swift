import WorkshopModel
import WorkshopSupport
import Yams

/// Reads a plan's `scale:`: a built-in name, or a mapping with its own labelled levels or with a
/// numeric `range:` whose ends may be labelled (`ScaleLoader+Range`).
package enum ScaleLoader {
    package static let keys = ["name", "levels", "ordered", "range", "low", "high"]
    package static let levelKeys = ["key", "label"]

    package static func load(_ node: Node, log: DiagnosticLog) -> Scale? {
        if let scalar = node.scalar {
            let name = scalar.string
            if let scale = Scale.builtin(named: name) { return scale }
            if name.contains("-") {
                log.report(.malformedScale(
                    reason: "'\(name)' is not a range of whole numbers from 0 to 100 such as '1-5' or '0-10'"), at: node)
            } else {
                log.report(.unknownScale(name: name, suggestion: Suggestion.closest(to: name, in: Scale.builtinNames)),
                           at: node)
            }
            return nil
        }
        guard let fields = FieldReader(node, context: "scale", key: "scale", log: log) else { return nil }
        fields.warnUnknownKeys(allowed: keys)
        if fields.value("range") != nil { return range(fields, log: log) }
        let endsMisplaced = reportEndsWithoutRange(fields, log: log)
        let name = fields.string("name") ?? "custom"
        guard let items = fields.list("levels") else {
            if fields.value("levels") == nil { log.report(.emptyScale, at: node) }
            return nil
        }
        guard items.count >= 2 else {
            log.report(.emptyScale, at: fields.value("levels") ?? node)
            return nil
        }
        let ordered = fields.bool("ordered") ?? true
        guard !endsMisplaced else { return nil }
        return levels(items, log: log).map { Scale.labelled(name, $0, ordered: ordered) }
    }

    static func levels(_ items: [Node], log: DiagnosticLog) -> [(String, String)]? {
        var pairs: [(String, String)] = []
        var firstSeen: [String: Int] = [:]
        var valid = true
        for (index, item) in items.enumerated() {
            guard let fields = FieldReader(item, context: "scale level \(index + 1)", key: "levels", log: log) else {
                valid = false
                continue
            }
            fields.warnUnknownKeys(allowed: levelKeys)
            guard let key = fields.string("key", required: true), let keyNode = fields.value("key") else {
                valid = false
                continue
            }
            let label = fields.string("label") ?? key
            if key == Scale.unsureKey {
                log.report(.malformedScale(reason: "'?' is kept for 'unsure'; choose another key"), at: keyNode)
                valid = false
            } else if key.contains(where: \.isWhitespace) || key.isEmpty {
                log.report(.malformedScale(reason: "key '\(key)' must be a word with no spaces"), at: keyNode)
                valid = false
            } else if let first = firstSeen[key] {
                log.report(.duplicateID(kind: "scale key", id: key, firstLine: first), at: keyNode)
                valid = false
            } else {
                firstSeen[key] = log.location(of: keyNode).line
            }
            pairs.append((key, label))
        }
        return valid ? pairs : nil
    }
}
