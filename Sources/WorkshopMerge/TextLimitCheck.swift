import WorkshopModel
import WorkshopSession

/// Free text a merge would bring in, held to the limits every other door holds it to (`TextLimit`):
/// one over-long note from another copy would otherwise slow every command that shows it. Lines the
/// journal merged into already holds are never checked (replay never refuses an old line).
enum TextLimitCheck {
    /// Refuses the first of `lines` (the other copy's new records) with text over its field's limit.
    static func check(_ lines: [MergeLine], in buffers: [[UInt8]], path: String) throws(MergeRefusal) {
        for line in lines {
            let fields = line.kind.textLimits
            // A line no longer than the smallest limit holds no text over it (a character is a byte or more).
            guard let smallest = fields.map(\.1.limit).min(), line.range.count > smallest else { continue }
            let bytes = buffers[line.source][line.range]
            for (field, limit) in fields {
                guard let text = LineEdit.field(field, in: bytes),
                      let overrun = TextLimit.overrun(text, limit)
                else { continue }
                throw .tooLong(path: path, record: line.id, field: field.key, count: overrun.count, limit: limit.limit)
            }
        }
    }
}
