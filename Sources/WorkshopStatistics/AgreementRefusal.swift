/// Why Kendall's W, Fleiss' kappa or the intraclass correlation was not computed, in words a caller
/// can show. Units are what is rated (activities, targets, subjects), raters who rates them (groups,
/// judges); indices count from 0.
public enum AgreementRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    case fewerThanTwoUnits(Int)
    case fewerThanTwoRaters(Int)
    /// A row of a ratings matrix is not as long as the first: the data is not a complete block.
    case unequalRow(unit: Int, values: Int, expected: Int)
    case notFinite(unit: Int, rater: Int)
    /// Kendall's W: no rater ranks any unit above another, so there is no ranking to agree on.
    case everyValueTied
    /// Fleiss' kappa: its formulas need the same number of ratings for every subject.
    case unequalRaters(unit: Int, raters: Int, expected: Int)
    case negativeCount(unit: Int, category: Int)
    /// Fleiss' kappa: every rating fell in one category, so expected agreement is 1 and kappa is 0/0.
    case oneCategoryOnly

    public var description: String {
        switch self {
        case let .fewerThanTwoUnits(count):
            return "at least two rated units (activities) are needed, got \(count)"
        case let .fewerThanTwoRaters(count):
            return "at least two raters (groups) are needed, got \(count)"
        case let .unequalRow(unit, values, expected):
            return "unit \(unit) has \(values) values where the first has \(expected); choose a complete block first"
        case let .notFinite(unit, rater):
            return "unit \(unit) has no finite value from rater \(rater)"
        case .everyValueTied:
            return "every rater gave every unit the same value, so there is no ranking to agree on"
        case let .unequalRaters(unit, raters, expected):
            return "unit \(unit) was rated \(raters) times where the first was rated \(expected) times; "
                + "Fleiss' kappa needs the same number of ratings for every unit"
        case let .negativeCount(unit, category):
            return "unit \(unit) has a negative count in category \(category)"
        case .oneCategoryOnly:
            return "every rating fell in one category, so agreement beyond chance is undefined"
        }
    }

    /// The first problem that keeps `ratings[unit][rater]` from being a complete block of at least
    /// two units by two raters, or nil when it is one.
    package static func completeBlockProblem(_ ratings: [[Double]]) -> AgreementRefusal? {
        guard ratings.count >= 2 else { return .fewerThanTwoUnits(ratings.count) }
        let raters = ratings[0].count
        guard raters >= 2 else { return .fewerThanTwoRaters(raters) }
        for (unit, row) in ratings.enumerated() {
            guard row.count == raters else { return .unequalRow(unit: unit, values: row.count, expected: raters) }
            if let rater = row.firstIndex(where: { !$0.isFinite }) { return .notFinite(unit: unit, rater: rater) }
        }
        return nil
    }
}
