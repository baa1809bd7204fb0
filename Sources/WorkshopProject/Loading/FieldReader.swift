import WorkshopModel
import WorkshopSupport
import Yams

/// Reads typed fields from one YAML mapping, reporting wrong types, missing keys and unknown keys.
package struct FieldReader {
    package let node: Node
    /// What the mapping is, for messages: "persona", "activity 'drop-in'".
    package let context: String
    package let log: DiagnosticLog
    private let pairs: [(key: String, keyNode: Node, value: Node)]

    /// Nil, after reporting, when `node` is not a mapping.
    package init?(_ node: Node, context: String, key: String, log: DiagnosticLog) {
        guard let mapping = node.mapping else {
            log.report(.wrongType(key: key, expected: "a mapping of keys to values"), at: node)
            return nil
        }
        self.node = node
        self.context = context
        self.log = log
        self.pairs = mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
    }

    /// The value of `key`, treating an empty value (`key:`) as absent.
    package func value(_ key: String) -> Node? {
        guard let value = pairs.first(where: { $0.key == key })?.value else { return nil }
        if let scalar = value.scalar, YAMLDocument.isNull(scalar) { return nil }
        return value
    }

    package func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key) else {
            if required { log.report(.missingKey(key: key, in: context), at: node) }
            return nil
        }
        guard let scalar = value.scalar else {
            log.report(.wrongType(key: key, expected: "text"), at: value)
            return nil
        }
        return scalar.string
    }

    package func id(_ key: String, kind: String) -> (id: String, node: Node)? {
        guard let text = string(key, required: true), let node = value(key) else { return nil }
        guard Identifier.isValid(text) else {
            log.report(.invalidID(kind: kind, id: text), at: node)
            return nil
        }
        return (text, node)
    }

    package func weight(_ key: String = "weight") -> Double? {
        guard let value = value(key) else { return nil }
        guard let scalar = value.scalar, let number = Double(scalar.string), number.isFinite, number >= 0 else {
            log.report(.invalidWeight(value: value.scalar?.string ?? "a \(Self.shape(of: value))"), at: value)
            return nil
        }
        return number
    }

    /// A whole number from `least` to `most`; anything else is reported.
    package func count(_ key: String, least: Int, most: Int) -> Int? {
        guard let value = value(key) else { return nil }
        guard let scalar = value.scalar, let number = Int(scalar.string), (least...most).contains(number) else {
            log.report(.wrongType(key: key, expected: "a whole number from \(least) to \(most)"), at: value)
            return nil
        }
        return number
    }

    /// `true` or `false` (YAML's `yes`/`no` too); anything else is reported.
    package func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let scalar = value.scalar, let flag = Bool.construct(from: scalar) else {
            log.report(.wrongType(key: key, expected: "true or false"), at: value)
            return nil
        }
        return flag
    }

    /// A list of short texts; a single text is accepted as a list of one (files written so keep
    /// loading), with a warning that shows the list form.
    package func strings(_ key: String) -> [String] {
        guard let value = value(key) else { return [] }
        if let scalar = value.scalar {
            log.report(.textForList(key: key, value: scalar.string), at: value)
            return [scalar.string]
        }
        guard let sequence = value.sequence else {
            log.report(.wrongType(key: key, expected: "a list of texts"), at: value)
            return []
        }
        return sequence.compactMap { item in
            guard let scalar = item.scalar else {
                log.report(.wrongType(key: key, expected: "a list of texts"), at: item)
                return nil
            }
            return scalar.string
        }
    }

    /// The items of a list, each still a node, or nil when absent or not a list.
    package func list(_ key: String, required: Bool = false) -> [Node]? {
        guard let value = value(key) else {
            if required { log.report(.missingKey(key: key, in: context), at: node) }
            return nil
        }
        guard let sequence = value.sequence else {
            log.report(.wrongType(key: key, expected: "a list"), at: value)
            return nil
        }
        if sequence.isEmpty && required {
            log.report(.emptyList(key: key), at: value)
        }
        return Array(sequence)
    }

    /// Reports every key outside `allowed` as a warning, with the nearest allowed key.
    package func warnUnknownKeys(allowed: [String]) {
        for pair in pairs where !allowed.contains(pair.key) {
            log.report(.unknownKey(key: pair.key, suggestion: Suggestion.closest(to: pair.key, in: allowed)),
                       at: pair.keyNode)
        }
    }

    package static func shape(of node: Node) -> String {
        switch node {
        case .mapping: return "mapping"
        case .sequence: return "list"
        default: return "value"
        }
    }
}
