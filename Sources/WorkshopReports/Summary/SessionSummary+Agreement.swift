import WorkshopMessages
import WorkshopModel
import WorkshopSession
import WorkshopStatistics

extension SessionSummary {
    /// One summary per persona: its groups, alpha between them (with its n and what it means) and
    /// its top and bottom activities.
    static func personaSummaries(_ input: SummaryInput) -> [PersonaSummary] {
        let metric = metric(for: input.scale)
        let personaIndex = Dictionary(uniqueKeysWithValues: input.plan.personas.enumerated().map { ($1, $0) })
        return input.state.personas.filter { personaIndex[$0.id] != nil }.map { persona in
            let p = personaIndex[persona.id] ?? 0
            let (raters, units) = agreementUnits(input, persona: p)
            let pairableUnits = units.filter { $0.compactMap { $0 }.count >= MinimumData.pairableValuesPerUnit }.count
            var agreement: Double?, note: String?, pairable = 0
            if pairableUnits < MinimumData.alphaUnits {
                note = Methods.tooLittleForAlpha
            } else {
                switch KrippendorffAlpha.compute(units: units, metric: metric) {
                case let .alpha(value, count):
                    agreement = MinimumData.clamped(value)
                    pairable = count
                case .notEnoughData: note = Methods.tooLittleForAlpha
                case let .noVariation(count):
                    pairable = count
                    note = Methods.noVariation
                }
            }
            let scores = input.activities.compactMap { activity in
                input.score[activity.id]?[persona.id].map { (activity.id, $0) }
            }
            let high = scores.map(\.1).max(), low = scores.map(\.1).min()
            return PersonaSummary(
                persona: persona.id, name: persona.name, weight: input.personaWeight[persona.id] ?? persona.weight,
                groups: raters.map { input.tally.groups[$0] }, agreement: agreement, agreementNote: note,
                agreementReading: agreement.map { reading($0) }, agreementInterval: nil,
                pairableValues: pairable, pairableUnits: pairableUnits,
                statistics: AgreementStatistics(units: units, scale: input.scale),
                top: scores.filter { $0.1 == high }.map(\.0),
                bottom: high == low ? [] : scores.filter { $0.1 == low }.map(\.0))
        }
    }

    /// Groups as raters (those that answered anything for the persona), activities × criteria as
    /// units; '?' answers are not values.
    static func agreementUnits(_ input: SummaryInput, persona p: Int) -> (raters: [Int], units: [[Double?]]) {
        let tally = input.tally
        var answered = Array(repeating: false, count: tally.groups.count)
        var units: [[Int: Double]] = []
        for a in input.activities.indices {
            for c in input.criteria.indices {
                var unit: [Int: Double] = [:]
                for vote in tally.votes(activity: a, persona: p, criterion: c) {
                    answered[vote.group] = true
                    if vote.level != Tally.Vote.unsure { unit[vote.group] = input.scale.levels[vote.level].value }
                }
                units.append(unit)
            }
        }
        let raters = answered.indices.filter { answered[$0] }
        return (raters, units.map { unit in raters.map { unit[$0] } })
    }

    /// Alpha in words, by Krippendorff's (2004) guidance: at least 0.8 to rely on, at least 0.667
    /// for tentative conclusions; below zero, the groups disagree more than chance would.
    public static func reading(_ alpha: Double, _ words: Messages = .english) -> String {
        switch alpha {
        case 0.8...: return words["report.reading.reliable"]
        case 0.667..<0.8: return words["report.reading.tentative"]
        case let value where value > 0: return words["report.reading.weak"]
        case 0: return words["report.reading.none"]
        default: return words["report.reading.disagreement"]
        }
    }
}
