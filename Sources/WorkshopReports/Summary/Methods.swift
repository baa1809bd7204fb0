import WorkshopMessages
import WorkshopSession
import WorkshopStatistics

/// How every figure in a summary was computed, stated alongside the figures. Each text is built from
/// the constants the code uses (`MinimumData`), so the statement and the computation cannot drift.
/// The summary's (JSON's, the terminal's) are English; `worded(in:)` gives a report's in its language.
public struct Methods: Hashable, Sendable, Codable {
    public var quantiles: String
    public var spread: String
    public var consensus: String
    public var agreement: String
    public var standing: String
    public var divergence: String
    public var minimumData: String
    public var otherAgreement: String
    public var intervals: String
    public var rankStability: String
    public var unsure: String
    public var personaWeights: [String: Double]
    public var criterionWeights: [String: Double]
    /// What the texts were made from, so they can be worded again in another language (not in the JSON).
    var metric: KrippendorffAlpha.Metric = .interval
    var divergenceShare = 0.5
    var scaleWidth = 4.0

    enum CodingKeys: String, CodingKey {
        case quantiles, spread, consensus, agreement, standing, divergence, minimumData, otherAgreement, intervals,
             rankStability, unsure, personaWeights, criterionWeights
    }

    /// Why a persona has no alpha when too few activities were answered by two groups.
    static var tooLittleForAlpha: String { tooLittleForAlpha(.english) }
    static func tooLittleForAlpha(_ words: Messages) -> String {
        words["report.methods.too_little_for_alpha", ["units": String(MinimumData.alphaUnits), "groups": String(MinimumData.pairableValuesPerUnit)]]
    }

    /// Why a persona has no alpha when every group answered alike.
    static var noVariation: String { Messages.english["report.agreement.no_variation"] }

    /// A persona's note on its alpha (`agreementNote`, English) in `words`' language.
    static func note(_ note: String, _ words: Messages) -> String {
        if note == tooLittleForAlpha { return tooLittleForAlpha(words) }
        if note == noVariation { return words["report.agreement.no_variation"] }
        return note
    }

    init(metric: KrippendorffAlpha.Metric, divergenceShare: Double, scaleWidth: Double,
         personaWeights: [String: Double], criterionWeights: [String: Double], words: Messages = .english) {
        let figures = [
            "minimum": String(MinimumData.cellValues), "share": String(Int(MinimumData.standingWeightShare * 100)),
            "block": words["report.methods.complete_block"], "replicates": String(BootstrapInterval.defaultReplicates),
            "median_minimum": String(MedianBootstrap.minimumValues), "metric": words["report.methods.metric.\(metric.rawValue)"],
            "units": String(MinimumData.alphaUnits), "values": String(MinimumData.pairableValuesPerUnit),
            "noise": "\(MinimumData.noise)", "personas": String(MinimumData.divergencePersonas),
            "divergence_share": String(Int(divergenceShare * 100)), "width": SessionSummary.number(divergenceShare * scaleWidth),
        ]
        func text(_ key: String) -> String { words["report.methods.\(key)", figures] }
        quantiles = text("quantiles")
        spread = text("spread")
        consensus = text("consensus")
        agreement = text("agreement")
        standing = text("standing")
        divergence = text("divergence")
        minimumData = text("minimum_data")
        otherAgreement = text("other_agreement")
        intervals = text("intervals")
        rankStability = text("rank_stability")
        unsure = text("unsure")
        self.personaWeights = personaWeights
        self.criterionWeights = criterionWeights
        self.metric = metric
        self.divergenceShare = divergenceShare
        self.scaleWidth = scaleWidth
    }

    /// The same statements in `language`.
    public func worded(in language: ReportLanguage) -> Methods {
        Methods(metric: metric, divergenceShare: divergenceShare, scaleWidth: scaleWidth, personaWeights: personaWeights,
                criterionWeights: criterionWeights, words: language.words)
    }
}
