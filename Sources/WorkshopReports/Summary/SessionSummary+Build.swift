import WorkshopModel
import WorkshopSession
import WorkshopStatistics
import WorkshopSupport

extension SessionSummary {
    /// Summarises a session's current answers. Works from the answers per cell, never from the
    /// journal's records, so it costs the same after ten answers or a million.
    public init(state: SessionState, options: SummaryOptions = SummaryOptions()) {
        let input = SummaryInput(state: state, options: options)
        let plan = input.plan, scale = input.scale
        self.session = state.sessionID
        self.plan = plan.id
        self.title = plan.title
        self.date = plan.date
        self.venue = plan.venue
        self.facilitator = plan.facilitator
        self.prompts = plan.prompts
        self.scale = ScaleInfo(name: scale.name, measurement: scale.measurement, levels: scale.levels)
        self.cells = input.cells
        self.activities = Self.activitySummaries(input)
        self.personas = Self.personaSummaries(input)
        self.coverage = Coverage(
            minimumAnswers: options.minimumAnswers, cells: input.cells.count,
            emptyCells: input.cells.filter { $0.answers == 0 }.map(\.count),
            thinCells: input.cells.filter { $0.answers > 0 && $0.answers < options.minimumAnswers }.map(\.count),
            owed: input.tally.owed().map {
                Owed(group: input.tally.groups[$0.group], persona: plan.personas[$0.persona],
                     activities: $0.activities.map { input.activities[$0].id })
            })
        self.notes = state.activeNotes
        let wall = state.ideaWall
        self.actions = ActionsSummary(actions: state.actions, meetingDay: state.meetingDay, ideas: wall, hiddenIdeas: options.hiddenIdeas)
        let ideas = PromptIdeas.all(wall: wall, prompts: plan.prompts, hidden: options.hiddenIdeas)
        self.ideas = ideas.isEmpty ? nil : ideas
        let width = (scale.levels.last?.value ?? 0) - (scale.levels.first?.value ?? 0)
        self.methods = Methods(
            metric: Self.metric(for: scale), divergenceShare: options.divergenceShare, scaleWidth: width,
            personaWeights: input.personaWeight, criterionWeights: input.criterionWeight)
        self.highlights = []
        if options.intervals { addIntervals(input) }
        self.highlights = Highlights(summary: self).sentences
    }

    /// Alpha's metric for the scale: nominal for unordered labels, interval for numbers, else ordinal.
    static func metric(for scale: Scale) -> KrippendorffAlpha.Metric {
        switch scale.measurement {
        case .nominal: return .nominal
        case .ordinal: return .ordinal
        case .interval: return .interval
        }
    }

    /// A figure as shown: at most two decimals, no trailing zeros.
    public static func number(_ value: Double) -> String { NumberText.rounded(value) }
}

extension CellStatistics {
    var count: SessionSummary.CellCount {
        SessionSummary.CellCount(activity: activity, persona: persona, criterion: criterion, answers: answers)
    }
}
