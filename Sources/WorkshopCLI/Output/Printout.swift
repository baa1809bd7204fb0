import Foundation
import WorkshopKit

/// The formats a printed result comes in. A command's own `--format` type lists the ones it offers
/// (the parser refuses any other, naming those) and maps into this.
enum PrintFormat {
    case text, json, markdown, csv
}

/// A result a command prints, and how it reads in each format: the one place where a requested
/// format becomes output, for `summary`, `compare` and `trend`. Text is fitted to the terminal
/// and coloured as the command line asked; JSON is made safe for a terminal; Markdown and CSV are
/// written as documents, as they are.
struct Printout {
    var text: (_ width: Int, _ style: Style) -> [String]
    var json: () throws -> String
    var markdown: () -> String
    /// Nil for a result with no CSV form (a summary: `export` writes its tables).
    var csv: (() -> String)?

    /// Writes the result in `format` to the context's output.
    func write(_ format: PrintFormat, in context: CommandContext) throws {
        let console = context.console
        switch format {
        case .text: for line in text(context.terminal.columns, console.style) { console.out(line) }
        case .json: console.out(try json())
        case .markdown: console.document(markdown())
        case .csv:
            // The parser offers csv only to commands whose results have it; this is the backstop.
            guard let csv else { throw CommandFailure("this result has no CSV form; 'export --format csv' writes its tables") }
            console.document(csv())
        }
    }

    /// `value` as the pretty, key-sorted JSON the summary also writes, safe for a terminal (`JSONText`).
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return JSONText.safe(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

extension Printout {
    /// A session's summary; its JSON's notes written by `NotesJSON` (`SessionSummary.jsonBytes`).
    init(_ summary: SessionSummary) {
        self.init(
            text: { SummaryTextRenderer(summary: summary, width: $0, style: $1).lines },
            json: { JSONText.safe(String(decoding: try summary.jsonBytes(), as: UTF8.self)) },
            markdown: { MarkdownExporter().text(summary) },
            csv: nil)
    }

    /// What changed between two sessions.
    init(_ comparison: SessionComparison) {
        self.init(
            text: { CompareRenderer(comparison: comparison, width: $0, style: $1).lines },
            json: { try Printout.json(comparison) },
            markdown: { comparison.markdown },
            csv: { comparison.csv })
    }

    /// A series' medians meeting by meeting.
    init(_ trend: SeriesTrend) {
        self.init(
            text: { TrendRenderer(trend: trend, width: $0, style: $1).lines },
            json: { try Printout.json(trend) },
            markdown: { trend.markdown },
            csv: { trend.csv })
    }
}
