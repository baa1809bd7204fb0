import WorkshopModel
import WorkshopSession
import WorkshopStatistics

/// Agreement between a persona's groups beyond alpha, on the complete block (the groups and
/// activities where every group gave a value, chosen by `CompleteBlock`): Kendall's W for ordered
/// scales, intraclass correlations for numeric ones, Fleiss' kappa for labels with no order.
public struct AgreementStatistics: Hashable, Sendable, Codable {
    /// Kendall's coefficient of concordance, tie-corrected, with its chi-square test.
    public struct Concordance: Hashable, Sendable, Codable {
        public var w: Double
        public var chiSquare: Double
        public var degreesOfFreedom: Int
        public var pValue: Double
    }

    /// Groups and units (activity × criterion) in the complete block.
    public var groups: Int
    public var units: Int
    public var concordance: Concordance?
    /// Shrout & Fleiss (1979), keyed "ICC(1,1)" ... "ICC(3,k)"; forms with no variation are absent.
    public var intraclass: [String: Double]?
    public var fleissKappa: Double?
    /// Why a statistic the scale calls for is absent, in English (JSON and the terminal).
    public var notes: [String]
    /// The same as refusals, so a report words them in its own language (`notes(in:)`); not in JSON.
    public var refusals: [Refusal] = []

    /// A statistic the scale calls for, and why it was not computed.
    public struct Refusal: Hashable, Sendable {
        public var measure: String
        public var reason: AgreementRefusal
    }

    private enum CodingKeys: String, CodingKey {
        case groups, units, concordance, intraclass, fleissKappa, notes
    }

    /// Nil when no block of at least two groups × two units exists.
    init?(units all: [[Double?]], scale: Scale) {
        let block = CompleteBlock.select(all)
        guard block.units.count >= 2, block.raters.count >= 2 else { return nil }
        let ratings = block.units.map { u in block.raters.map { all[u][$0] ?? 0 } }
        groups = block.raters.count
        units = block.units.count
        notes = []
        switch scale.measurement {
        case .nominal:
            let index = Dictionary(uniqueKeysWithValues: scale.levels.enumerated().map { ($1.value, $0) })
            let counts = ratings.map { row in
                var counts = Array(repeating: 0, count: scale.levels.count)
                for value in row { counts[index[value] ?? 0] += 1 }
                return counts
            }
            switch FleissKappa.compute(counts: counts) {
            case let .success(result): fleissKappa = MinimumData.clamped(result.kappa)
            case let .failure(refusal): refuse("Fleiss' kappa", refusal)
            }
        case .ordinal, .interval:
            switch KendallW.compute(ratings: ratings) {
            case let .success(result):
                concordance = Concordance(w: MinimumData.clamped(result.w), chiSquare: result.chiSquare,
                                          degreesOfFreedom: result.degreesOfFreedom, pValue: result.pValue)
            case let .failure(refusal): refuse("Kendall's W", refusal)
            }
            guard scale.measurement == .interval else { break }
            switch IntraclassCorrelation.compute(ratings: ratings) {
            case let .success(result):
                var values: [String: Double] = [:]
                for form in IntraclassCorrelation.Form.allCases {
                    if let value = result.value(form) { values[form.rawValue] = MinimumData.clamped(value) }
                }
                intraclass = values
            case let .failure(refusal): refuse("ICC", refusal)
            }
        }
    }

    private mutating func refuse(_ measure: String, _ reason: AgreementRefusal) {
        notes.append("\(measure): \(reason)")
        refusals.append(Refusal(measure: measure, reason: reason))
    }
}
