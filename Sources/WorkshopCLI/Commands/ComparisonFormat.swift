import ArgumentParser
import Foundation
import WorkshopKit

/// How `compare` and `trend` are written.
enum ComparisonFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown, csv

    /// `value` as the pretty, key-sorted JSON the summary also writes, safe for a terminal (`JSONText`).
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return JSONText.safe(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// The summary the same way; its notes written by `NotesJSON` (`SessionSummary.jsonBytes`).
    static func json(_ summary: SessionSummary) throws -> String {
        JSONText.safe(String(decoding: try summary.jsonBytes(), as: UTF8.self))
    }
}
