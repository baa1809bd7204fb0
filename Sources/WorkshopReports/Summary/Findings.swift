import WorkshopMessages
import WorkshopSession

/// One plain sentence for the report's first page, and how many answers it rests on.
public struct Finding: Hashable, Sendable {
    /// What the finding is about, in the order the first page lists them.
    public enum Kind: Int, Hashable, Sendable, Comparable {
        case best, weakest, forWhom, apart, tables, gaps

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var kind: Kind
    public var text: String
    /// The answers every figure it quotes rests on, added up.
    public var answers: Int
}

/// The three to five findings a head of service reads first, in plain words: what worked best and
/// least well, what works for whom, where the personas pull apart and where the tables disagreed.
/// Built only from figures that clear `MinimumData` (never from one answer), each quoting the
/// answers it rests on; the same summary always gives the same findings in the same order.
struct Findings {
    let summary: SessionSummary
    var language: ReportLanguage = .english
    var words: Messages { language.words }
    /// At most this many, so the first page stays one page.
    static let limit = 5

    var list: [Finding] {
        let all = [best(), weakest(), forWhom(), apart(), tables(), gaps()].compactMap { $0 }
        return Array(all.filter { $0.kind == .gaps || $0.answers >= MinimumData.cellValues }.prefix(Self.limit))
    }

    /// The activities ranked first (tied ones named together), when their standing is a finding.
    private func best() -> Finding? {
        standing(rank: 1, kind: .best)
    }

    /// The activities ranked last, when there is more than one rank.
    private func weakest() -> Finding? {
        let ranks = summary.activities.filter { $0.standingSufficient }.compactMap(\.rank)
        guard let lowest = ranks.max(), lowest > 1 else { return nil }
        return standing(rank: lowest, kind: .weakest)
    }

    private func standing(rank: Int, kind: Finding.Kind) -> Finding? {
        let chosen = summary.activities.filter { $0.rank == rank && $0.standingSufficient && $0.standing != nil }
            .sorted { $0.title < $1.title }
        guard let first = chosen.first, let value = first.standing else { return nil }
        let answers = chosen.map(\.values).reduce(0, +)
        let key = kind == .best ? "best" : "weakest"
        let text = words["report.findings.\(key)", ["activities": language.list(chosen.map(\.title)), "value": self.value(value),
                                                   "answers": words.count("report.findings.answers", answers)]]
        return Finding(kind: kind, text: text, answers: answers)
    }
}

extension SessionSummary {
    /// The report's first-page findings, worded in `language`.
    public func findings(in language: ReportLanguage) -> [Finding] {
        Findings(summary: self, language: language).list
    }
}
