import WorkshopKit

extension SummaryTextRenderer {
    /// Alpha per persona with what it means and the n it rests on, or why there is none; then the
    /// persona's groups and its top and bottom activities.
    var agreement: [String] {
        let metric = summary.scale.measurement.rawValue
        var lines = [style.bold("Agreement between groups (Krippendorff's alpha, \(metric) metric)"),
                     style.dim("  n = \(units) answered by \(MinimumData.pairableValuesPerUnit) or more groups, and "
                         + "the answers in them")]
        for persona in summary.personas {
            lines.append("  \(name(persona.persona)): \(alpha(persona))")
            var detail = persona.groups.isEmpty ? "no groups answered" : "groups: " + persona.groups.map(clean).joined(separator: ", ")
            if !persona.top.isEmpty { detail += "; top: " + persona.top.map(title).joined(separator: ", ") }
            if !persona.bottom.isEmpty { detail += "; bottom: " + persona.bottom.map(title).joined(separator: ", ") }
            lines.append("    " + detail)
        }
        return lines
    }

    /// `α = 0.83, reliable agreement (n = 14 activities, 28 answers)`, or the note saying why there is none.
    private func alpha(_ persona: SessionSummary.PersonaSummary) -> String {
        let n = "n = \(plural(persona.pairableUnits, unit, units)), \(plural(persona.pairableValues, "answer"))"
        guard let value = persona.agreement else {
            let note = clean(persona.agreementNote ?? "not enough data")
            return persona.pairableValues > 0 ? "\(note) (\(n))" : "\(note) (\(persona.pairableUnits) so far)"
        }
        let reading = persona.agreementReading ?? SessionSummary.reading(value)
        return "α = \(number(value)), \(reading) (\(n))"
    }

    /// Alpha's units: activities, or activity × criterion pairs when the plan rates criteria.
    private var unit: String { hasCriteria ? "activity × criterion" : "activity" }
    private var units: String { hasCriteria ? "activity × criterion pairs" : "activities" }
    private var hasCriteria: Bool { summary.cells.contains { $0.criterion != nil } }
}
