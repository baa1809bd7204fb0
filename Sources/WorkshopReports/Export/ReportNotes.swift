import WorkshopMessages
import WorkshopStatistics

/// Why an agreement statistic or a series' change is missing, worded in the report's language.
/// The summary keeps these in English (its JSON and the terminal); the report words them again
/// from their typed reasons, so a Welsh report carries no English line of the program's.
extension AgreementStatistics {
    func notes(in words: Messages) -> [String] {
        guard words.language != "en" else { return notes }
        return refusals.map { words["report.refusal.measure", ["measure": $0.measure, "reason": Self.reason($0.reason, words)]] }
    }

    static func reason(_ refusal: AgreementRefusal, _ words: Messages) -> String {
        switch refusal {
        case let .fewerThanTwoUnits(count): return words["report.refusal.fewer_units", ["count": String(count)]]
        case let .fewerThanTwoRaters(count): return words["report.refusal.fewer_raters", ["count": String(count)]]
        case .everyValueTied: return words["report.refusal.tied"]
        case .oneCategoryOnly: return words["report.refusal.one_category"]
        case .unequalRow, .notFinite, .unequalRaters, .negativeCount: return words["report.refusal.incomplete"]
        }
    }
}

extension ComparisonError {
    /// The reason two meetings of a series are not compared, in `words`' language.
    func worded(_ words: Messages) -> String {
        guard words.language != "en" else { return description }
        switch self {
        case let .differentScales(_, fromScale, _, toScale):
            return words["report.refusal.different_scales", ["from": fromScale, "to": toScale]]
        case .unordered: return words["report.refusal.unordered"]
        case .nothingShared: return words["report.refusal.nothing_shared"]
        default: return words["report.refusal.not_compared"]
        }
    }
}
