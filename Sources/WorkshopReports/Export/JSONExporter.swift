import Foundation
import WorkshopModel
import WorkshopSession

/// The summary JSON (docs/SUMMARY-JSON.md) plus the recorded answers, for other tools.
public struct JSONExporter: Exporter {
    public init() {}

    struct Document: Encodable {
        var summary: SessionSummary
        var answers: [Row]
    }

    struct Row: Encodable {
        var activity: String
        var persona: String
        var group: String
        var criterion: String?
        var answer: String
        var label: String
        var value: Double?
        var note: String?
        var at: String
        var by: String
    }

    public func export(_ input: ExportInput) throws -> Data {
        let rows = input.answers.map { record -> Row in
            let level: Scale.Level? = {
                if case let .level(index) = record.answer { return input.scale.levels[index] }
                return nil
            }()
            return Row(
                activity: record.activity, persona: record.persona, group: record.group, criterion: record.criterion,
                answer: record.answer.key(on: input.scale), label: level?.label ?? "unsure", value: level?.value,
                note: record.note, at: Timestamp.format(record.at), by: record.by)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(summary: input.summary, answers: rows)) + Data("\n".utf8)
    }
}
