import Foundation
import WorkshopModel
import Yams

extension ScaleLoader {
    /// The longest `low:`/`high:` label: it is printed on a phone's button and in a legend.
    package static let endLabelLimit = 60

    /// `scale: {range: 1-5, low: Not useful, high: Very useful}`: the whole numbers of the range,
    /// their two ends in words. `name:` is optional (the range by default); `levels:` and
    /// `ordered:` do not go with a range.
    static func range(_ fields: FieldReader, log: DiagnosticLog) -> Scale? {
        guard let rangeNode = fields.value("range") else { return nil }
        var valid = true
        for key in ["levels", "ordered"] {
            guard let node = fields.value(key) else { continue }
            log.report(.malformedScale(reason: "'\(key)' does not go with 'range'; give one or the other"), at: node)
            valid = false
        }
        guard let text = rangeNode.scalar?.string else {
            log.report(.wrongType(key: "range", expected: "a range of whole numbers such as '1-5'"), at: rangeNode)
            return nil
        }
        guard var scale = Scale.numericRange(text) else {
            log.report(.malformedScale(
                reason: "'\(text)' is not a range of whole numbers from 0 to 100 such as '1-5' or '0-10'"), at: rangeNode)
            return nil
        }
        scale.name = fields.string("name") ?? text
        let low = endLabel("low", fields, log: log), high = endLabel("high", fields, log: log)
        guard valid, low.valid, high.valid else { return nil }
        scale.low = low.label
        scale.high = high.label
        return scale
    }

    /// `low:` or `high:` beside `levels:`: the levels' own labels say what each means. True when
    /// there was one (reported).
    static func reportEndsWithoutRange(_ fields: FieldReader, log: DiagnosticLog) -> Bool {
        var found = false
        for key in ["low", "high"] {
            guard let node = fields.value(key) else { continue }
            log.report(.malformedScale(
                reason: "'\(key)' labels an end of a numeric 'range'; with 'levels', give each level its 'label'"), at: node)
            found = true
        }
        return found
    }

    /// One end's label: one line of text, not too long, or nothing.
    private static func endLabel(_ key: String, _ fields: FieldReader, log: DiagnosticLog) -> (label: String?, valid: Bool) {
        guard let node = fields.value(key) else { return (nil, true) }
        guard let label = fields.string(key) else { return (nil, false) }
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.contains(where: \.isNewline) {
            log.report(.malformedScale(reason: "'\(key)' must be one line of text"), at: node)
            return (nil, false)
        }
        if trimmed.count > endLabelLimit {
            log.report(.malformedScale(
                reason: "'\(key)' is \(trimmed.count) characters; keep it to \(endLabelLimit), it is printed on a button"),
                at: node)
            return (nil, false)
        }
        return (trimmed, true)
    }
}
