import WorkshopKit

extension Workshop.Export {
    /// For the HTML report of a session in a series, the other meetings; nil for other formats. When
    /// an earlier meeting cannot be read the report is still written, without the series, and a note
    /// says why.
    func seriesContext(for state: SessionState, context: CommandContext) -> SeriesContext? {
        guard format == .html else { return nil }
        do {
            return try SeriesContext.make(for: state, root: context.root)
        } catch {
            context.console.err("note: the report leaves out the series: " + TerminalText.clean(ErrorReport.message(for: error)))
            return nil
        }
    }
}
