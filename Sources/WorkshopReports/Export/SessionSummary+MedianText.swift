import WorkshopModel

extension SessionSummary {
    /// A median as a report's reader reads it: on a RAG scale its label in the report's language
    /// ("Amber", "Amber–Green" between two levels); elsewhere the number the legend names, since a
    /// longer scale's labels ("Neither agree nor disagree") would crowd a page of personas.
    func medianText(_ median: Double, in language: ReportLanguage) -> String {
        let palette = ScalePalette.of(Scale(name: scale.name, levels: scale.levels, measurement: scale.measurement))
        guard palette == .traffic else { return SessionSummary.number(median) }
        let named = scale.levels.map { level in
            var named = level
            named.label = language.label(level, scale: scale.name)
            return named
        }
        return Scale.medianLabel(median, levels: named)
    }
}
