/// The flat string fields of one journal line, as byte ranges into the line.
package struct LineFields {
    package enum Field: Int, CaseIterable {
        case type, id, at, by, activity, persona, group, criterion, answer, note, prompt, text, target, title,
             description, stage, weight, owner, due, status, origin, from, number, agreed, count, reason, kind, format,
             batch, lines, walk, ideas, on, idea, hide, most, owners

        /// The JSON key of the field on disk.
        package var key: String { keyLiteral.description }

        @inline(__always)
        package var keyLiteral: StaticString {
            switch self {
            case .type: return "type"
            case .id: return "id"
            case .at: return "at"
            case .by: return "by"
            case .activity: return "activity"
            case .persona: return "persona"
            case .group: return "group"
            case .criterion: return "criterion"
            case .answer: return "answer"
            case .note: return "note"
            case .prompt: return "prompt"
            case .text: return "text"
            case .target: return "target"
            case .title: return "title"
            case .description: return "description"
            case .stage: return "stage"
            case .weight: return "weight"
            case .owner: return "owner"
            case .due: return "due"
            case .status: return "status"
            case .origin: return "origin"
            case .from: return "from"
            case .number: return "number"
            case .agreed: return "agreed"
            case .count: return "count"
            case .reason: return "reason"
            case .kind: return "kind"
            case .format: return "format"
            case .batch: return "batch"
            case .lines: return "lines"
            case .walk: return "walk"
            case .ideas: return "ideas"
            case .on: return "on"
            case .idea: return "idea"
            case .hide: return "hide"
            case .most: return "most"
            case .owners: return "owners"
            }
        }

        /// Both readers find a key's field from `keyLiteral`: the strict one by its String, the fast one
        /// by its bytes.
        package static let byKey: [String: Field] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.key, $0) })
        package static let keys = ByteKeys(allCases.map { ($0.keyLiteral, $0) })
    }

    package let base: UnsafeRawPointer
    // Plain values only, so a line's fields copy as bytes: an array member (a side list for the
    // rare action keys) made replay slower, not faster.
    private var starts = Slots(repeating: -1)
    private var counts = Slots(repeating: 0)
    /// One slot per field: a new field raises the count (`RecordKindTableTests` checks it).
    package typealias Slots = InlineArray<37, Int32>

    package init(base: UnsafeRawPointer) {
        self.base = base
    }

    @inline(__always)
    package mutating func set(_ field: Field, start: Int, count: Int) {
        starts[field.rawValue] = Int32(start)
        counts[field.rawValue] = Int32(count)
    }

    @inline(__always)
    package subscript(field: Field) -> UnsafeRawBufferPointer? {
        let start = starts[field.rawValue]
        guard start >= 0 else { return nil }
        return UnsafeRawBufferPointer(start: base + Int(start), count: Int(counts[field.rawValue]))
    }

    package func string(_ field: Field) -> String? {
        self[field].map { String(decoding: $0, as: UTF8.self) }
    }
}
