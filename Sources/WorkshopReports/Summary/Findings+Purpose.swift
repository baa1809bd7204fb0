import WorkshopSession

extension SessionSummary {
    /// What the session was, in one sentence for the report's opening: how many groups rated how
    /// many activities for how many personas, and which meeting of which series it was (when the
    /// plan names one). Built from the summary, so it holds for any plan.
    public func purpose(in language: ReportLanguage, series: (meeting: Int, name: String)? = nil) -> String {
        let words = language.words
        let groups = Set(personas.flatMap(\.groups)).count
        let sentence = words["report.findings.purpose", [
            "groups": words.count("report.agreement.groups", groups),
            "activities": words.count("report.agreement.activities", activities.count),
            "personas": words.count("report.findings.personas", personas.count),
        ]]
        guard let series else { return sentence }
        return sentence + " " + words["report.findings.series", ["meeting": String(series.meeting), "series": series.name]]
    }
}
