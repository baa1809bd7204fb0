import WorkshopSession
import WorkshopStatistics

extension SessionSummary {
    /// An activity's title, or its id when the summary does not have it.
    public func title(of activity: String) -> String {
        activities.first { $0.activity == activity }?.title ?? activity
    }

    /// A persona's name, or its id when the summary does not have it.
    public func name(of persona: String) -> String {
        personas.first { $0.persona == persona }?.name ?? persona
    }

    /// Nominal scales: a persona's most common answer as labels and share, "Email / Meeting 50%".
    public func modeText(_ mode: PersonaMode) -> String {
        let labels = mode.mode.map { key in scale.levels.first { $0.key == key }?.label ?? key }
        return "\(labels.joined(separator: " / ")) \(Int((mode.share * 100).rounded()))%"
    }
}

extension BootstrapInterval {
    /// "3.5–4.25", as the reports write an interval.
    public var text: String { "\(SessionSummary.number(lower))–\(SessionSummary.number(upper))" }
}
