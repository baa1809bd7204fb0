import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `workshop export SESSION --format ...`: the session in a form that leaves the room.
    struct Export: ReadingCommand {
        enum Format: String, CaseIterable, ExpressibleByArgument {
            case csv, tsv, markdown, json, html, xlsx, ics
        }

        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export a session: CSV, TSV, Markdown, JSON, a self-contained HTML report, XLSX, or a calendar.",
            discussion: """
                CSV and TSV come as the matrix (activities × personas, medians, standing, rank), tidy (one row \
                per answer, for R, pandas or a pivot table), actions (one row per action reviewed or agreed), or ideas \
                (one row per idea, with its theme and votes). \
                ICS is an iCalendar file with a to-do per action that has a due date (next-meeting: the next meeting's \
                date once its plan exists). Text that a spreadsheet would run as a formula \
                gets a leading apostrophe (see docs/EXPORTS.md). Files are written whole or not at all; an \
                existing file is replaced only with --force. HTML, Markdown and XLSX write their own words in \
                --language (default: the plan's 'language:', else English; a language with no catalogue shows \
                in English); the plan's text stays as written, and CSV, TSV, JSON and ICS keep their English keys.

                Example: workshop export demo-2015 --format xlsx --output stirling.xlsx
                """)

        static let completion = CompletionSpec(options: [
            "--format": .words(Format.allValueStrings), "--shape": .words(ExportShape.allValueStrings), "--output": .files,
            "--language": .words(Language.shipped),
        ]).adding(SummaryArguments.completion)

        @OptionGroup var target: SessionOptions
        @OptionGroup var summaryArguments: SummaryArguments

        @Option(name: .shortAndLong, help: "The format.")
        var format: Format = .csv

        @Option(help: "For CSV and TSV: the matrix, one row per answer (tidy), one row per action, or one row per idea.")
        var shape: ExportShape = .matrix

        @Option(name: .shortAndLong, parsing: .unconditional, help: "The file to write (default: standard output).", completion: .file())
        var output: String?

        @Flag(help: "Start CSV and TSV with a byte-order mark, for older Excel.")
        var bom = false

        @Flag(help: "Replace the output file if it exists.")
        var force = false

        @Flag(help: "Include hidden ideas, marked hidden (withdrawn ones never).")
        var hidden = false

        @Option(help: "For HTML, Markdown and XLSX: the language of the report's own words, a tag such as 'cy' (default: the plan's).")
        var language: String?

        func run(session: Session, context: CommandContext) throws {
            if format == .xlsx, output == nil, context.terminal.outputIsTerminal {
                throw CommandFailure("an XLSX workbook is binary; give --output FILE.xlsx")
            }
            let state = session.state
            let reportLanguage = try languageChoice(plan: state.plan.language)
            var options = try summaryArguments.options(for: state)
            options.hiddenIdeas = hidden
            var input = ExportInput(state: state, options: options)
            input.series = seriesContext(for: state, context: context)
            if format == .ics { input.meetingDays = SeriesPlans.meetingDays(of: state, root: context.root) }
            let data = try exporter(reportLanguage).export(input)
            guard let output else {
                write(data, context: context)
                return
            }
            try AtomicFile.write(data, to: output, replace: force, protecting: ProtectedFiles(root: context.root))
            context.console.out(TerminalText.clean("exported '\(state.sessionID)' as \(format.rawValue) to \(output) (\(data.count) bytes)"))
        }

        /// The export on standard output: the format's own bytes into a pipe or a file; on a
        /// terminal, its text with control characters written out (JSON's as `\u` escapes).
        private func write(_ data: Data, context: CommandContext) {
            guard context.terminal.outputIsTerminal else { return context.console.output.write(data) }
            let text = String(decoding: data, as: UTF8.self)
            format == .json ? context.console.out(JSONText.safe(text)) : context.console.document(text)
        }

        private func exporter(_ language: ReportLanguage) -> any Exporter {
            switch format {
            case .csv: return DelimitedExporter(separator: ",", shape: shape, byteOrderMark: bom)
            case .tsv: return DelimitedExporter(separator: "\t", shape: shape, byteOrderMark: bom)
            case .markdown: return MarkdownExporter(language: language)
            case .json: return JSONExporter()
            case .html: return HTMLExporter(language: language)
            case .xlsx: return XLSXExporter(language: language)
            case .ics: return ICSExporter()
            }
        }
    }
}

extension Workshop.Export {
    /// The report's language: `--language` (checked before anything is read or written), else the
    /// plan's. Refused for the formats whose keys are never translated.
    func languageChoice(plan: String?) throws -> ReportLanguage {
        guard let language else { return ReportLanguage(plan: plan) }
        guard Language.isValid(language) else {
            throw CommandFailure("invalid value for '--language': '\(TerminalText.clean(language))' is not a language tag; "
                + "write one such as 'en', 'cy', 'fr' or 'zh-Hans'")
        }
        guard [.html, .markdown, .xlsx].contains(format) else {
            throw CommandFailure("'--language' is for html, markdown and xlsx; \(format.rawValue) keeps its English keys")
        }
        return ReportLanguage(language, plan: plan)
    }
}

/// `--shape matrix|tidy|actions|ideas` reads straight into the library's shape.
extension ExportShape: ExpressibleByArgument {}
