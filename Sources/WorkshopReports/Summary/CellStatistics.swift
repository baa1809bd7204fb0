import WorkshopModel
import WorkshopSession
import WorkshopStatistics

/// The figures for one cell of the matrix: an activity rated for a persona (on one criterion),
/// over every group that answered.
public struct CellStatistics: Hashable, Sendable, Codable {
    public var activity: String
    public var persona: String
    public var criterion: String?
    /// Answers, unsure included.
    public var answers: Int
    public var unsure: Int
    /// Answers other than '?': the n every figure of the cell rests on.
    public var values: Int
    /// Whether `values` reaches `MinimumData.cellValues`, so the cell's figures count as findings.
    public var sufficient: Bool
    /// How many answers at each level of the scale, lowest first (unsure not included).
    public var distribution: [Int]
    public var median: Double?
    /// The median's 95% percentile-bootstrap interval (needs `MinimumData.cellValues` values).
    public var medianInterval: BootstrapInterval?
    public var lowerQuartile: Double?
    public var upperQuartile: Double?
    public var minimum: Double?
    public var maximum: Double?
    /// Interval scales only: the mean and the sample standard deviation (n − 1).
    public var mean: Double?
    public var standardDeviation: Double?
    /// Tastle and Wierman's consensus, 0...1; needs `MinimumData.cellValues` values.
    public var consensus: Double?
    /// Nominal scales only: the keys of the most common answer (more than one when tied) and its share.
    public var mode: [String]?
    public var modeShare: Double?

    init(activity: String, persona: String, criterion: String?, answers: [Answer], scale: Scale) {
        self.activity = activity
        self.persona = persona
        self.criterion = criterion
        self.answers = answers.count
        var distribution = Array(repeating: 0, count: scale.levels.count)
        var values: [Double] = []
        for answer in answers {
            if case let .level(index) = answer {
                distribution[index] += 1
                values.append(scale.levels[index].value)
            }
        }
        self.unsure = answers.count - values.count
        self.values = values.count
        self.sufficient = values.count >= MinimumData.cellValues
        self.distribution = distribution
        guard scale.isOrdered else {
            if let most = distribution.max(), most > 0 {
                mode = distribution.indices.filter { distribution[$0] == most }.map { scale.levels[$0].key }
                modeShare = Double(most) / Double(values.count)
            }
            return
        }
        values.sort()
        median = Quantile.type7(sorted: values, 0.5)
        lowerQuartile = Quantile.type7(sorted: values, 0.25)
        upperQuartile = Quantile.type7(sorted: values, 0.75)
        minimum = values.first
        maximum = values.last
        if scale.measurement == .interval, !values.isEmpty {
            let average = values.reduce(0, +) / Double(values.count)
            mean = average
            standardDeviation = values.count > 1
                ? (values.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(values.count - 1)).squareRoot()
                : nil
        }
        let levelValues = scale.levels.map(\.value)
        consensus = sufficient ? Consensus.tastleWierman(
            counts: distribution, values: levelValues, width: (levelValues.last ?? 0) - (levelValues.first ?? 0)) : nil
    }
}
