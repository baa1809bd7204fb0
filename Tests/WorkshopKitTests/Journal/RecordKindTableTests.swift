import Testing
@testable import WorkshopKit
@testable import WorkshopModel
@testable import WorkshopSession

/// The kinds' table (`RecordKind.row`, `RecordKind.text`) and the one list of keys (`LineFields.Field`) drive what
/// used to be written out per kind and per reader: each kind and each key must read back through
/// every reader, and the table must say what the hand-written lists said.
struct RecordKindTableTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func kind(_ text: [UInt8]) -> RecordKind? {
        text.withUnsafeBytes { RecordKind(bytes: $0) }
    }

    @Test(arguments: RecordKind.allCases)
    func everyKindsTypeIsItsRawValueAndReadsBack(_ kind: RecordKind) {
        #expect(kind.row.type.description == kind.rawValue)
        #expect(Self.kind(Self.bytes(kind.rawValue)) == kind)
        #expect(kind.introducedIn >= 1 && kind.introducedIn <= JournalFormat.current)
    }

    @Test(arguments: RecordKind.allCases)
    func nearMissesOfAKindsTypeAreNoKind(_ kind: RecordKind) {
        let type = Self.bytes(kind.rawValue)
        let near = [type.dropLast() + [type.last.map { $0 ^ 1 } ?? 0], type + [UInt8(ascii: "s")], Array(type.dropLast()),
                    [type[0] - 32] + type.dropFirst(), type + Array(repeating: UInt8(ascii: "x"), count: 16)]
        for text in near where !RecordKind.allCases.contains(where: { Self.bytes($0.rawValue) == text }) {
            #expect(Self.kind(text) == nil, "\(String(decoding: text, as: UTF8.self))")
        }
        #expect(Self.kind([]) == nil)
    }

    /// A checkpoint stores a kind as its position in `allCases`: new kinds go after these.
    @Test func theKindsKeepTheirPositions() {
        #expect(RecordKind.allCases.prefix(16).map(\.rawValue) == [
            "start", "answer", "withdraw", "note", "add-activity", "add-group", "undo", "redo", "close", "weight",
            "action", "carry", "review", "redact", "batch", "merge-rule",
        ])
        #expect(RecordKind.allCases.dropFirst(16).map(\.rawValue) == [
            "idea", "idea-edit", "idea-mark", "theme", "theme-rename", "vote", "dot",
        ])
    }

    /// What the per-kind switches said before the table.
    @Test func theTableSaysWhatTheListsSaid() {
        let ideas: Set<RecordKind> = [.idea, .ideaEdit, .ideaMark, .theme, .themeRename, .vote, .dot]
        let earlier: Set<RecordKind> = [.answer, .withdraw, .note, .addActivity, .addGroup, .close, .weight, .action, .review, .batch]
        let undoable = earlier.union(ideas)
        #expect(Set(RecordKind.allCases.filter(\.isUndoable)) == undoable)
        #expect(Set(RecordKind.allCases.filter(\.appliesWhenClosed)) == [.undo, .redo, .redact, .mergeRule, .batch])
        #expect(Set(RecordKind.allCases.filter(\.row.group)) == [.answer, .withdraw, .note, .addGroup, .idea, .ideaEdit, .ideaMark, .dot])
        let formats = Dictionary(grouping: RecordKind.allCases, by: \.introducedIn).mapValues(Set.init)
        #expect(formats[2] == [.action, .carry, .review] && formats[3] == [.redact] && formats[4] == [.batch, .mergeRule])
        #expect(formats[5] == ideas)
        let free: [RecordKind: [LineFields.Field]] = [
            .note: [.text], .answer: [.note], .review: [.note], .action: [.text, .owner, .owners], .carry: [.text, .owner, .owners],
            .addActivity: [.title, .description], .idea: [.text], .ideaEdit: [.text],
        ]
        for kind in RecordKind.allCases { #expect(kind.freeTextFields == free[kind, default: []], "\(kind)") }
        let limits: [RecordKind: String] = [
            .answer: "note:note", .review: "note:note", .note: "text:note", .action: "text:action owner:owner",
            .addActivity: "title:title description:description stage:stage", .redact: "reason:reason",
            .idea: "text:idea", .ideaEdit: "text:idea", .theme: "text:theme", .themeRename: "text:theme",
        ]
        for kind in RecordKind.allCases {
            let said = kind.textLimits.map { "\($0.0.key):\($0.1.rawValue)" }.joined(separator: " ")
            #expect(said == limits[kind, default: ""], "\(kind)")
        }
    }

    @Test func everyFieldHasASlot() {
        #expect(LineFields.Slots.count == LineFields.Field.allCases.count)
        #expect(Set(LineFields.Field.allCases.map(\.key)).count == LineFields.Field.allCases.count)
    }

    @Test(arguments: LineFields.Field.allCases)
    func everyKeyReadsBackThroughBothReaders(_ field: LineFields.Field) throws {
        try #require(field.rawValue < LineFields.Slots.count, "no slot for '\(field.key)': raise LineFields.Slots")
        let line = field == .type ? #"{"type":"v"}"# : #"{"type":"note","\#(field.key)":"v","zz":"w"}"#
        let fast = Self.bytes(line).withUnsafeBytes { raw in FastLineParser.parse(raw).map { $0.string(field) } }
        #expect(fast == "v")
        let slow = try Self.bytes(line).withUnsafeBytes { raw in try SlowLineParser.parse(raw) }
        #expect(slow.withFields { $0.string(field) } == "v")
        let near = Self.bytes(#"{"type":"note","\#(field.key)x":"v"}"#)
        #expect(near.withUnsafeBytes { raw in FastLineParser.parse(raw).map { $0[field] == nil } } == (field != .type))
    }

    @Test func byteKeysChainLiteralsThatShareASlot() {
        let long = "a" + String(repeating: "b", count: 17)  // 18 bytes: the slot of a 2-byte key starting "a"
        let keys = ByteKeys([("at", 1), ("as", 2), ("ab", 3)])
        for (text, value) in [("at", 1), ("as", 2), ("ab", 3)] {
            #expect(Self.bytes(text).withUnsafeBytes { keys.value(of: $0) } == value)
        }
        #expect(Self.bytes(long).withUnsafeBytes { keys.value(of: $0) } == nil)
        #expect(Self.bytes("az").withUnsafeBytes { keys.value(of: $0) } == nil)
        #expect([UInt8]().withUnsafeBytes { keys.value(of: $0) } == nil)
    }
}
