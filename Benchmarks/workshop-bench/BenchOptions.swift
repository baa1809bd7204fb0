import Foundation

/// What to measure: `--sizes 10000,100000`, `--runs 5`, `--folder bench-data`, `--only compare`,
/// `--compare-answers 1000000`, `--only merge --merge-answers 1000000`, `--meetings 20`, `--meeting-answers 100000`.
struct BenchOptions {
    var sizes = [10_000, 100_000, 1_000_000]
    var runs = 5
    var folder = "bench-data"
    var appends = 200
    var python = "python3"
    /// `compare` of two sessions of this many answers; `trend` over `meetings` of `meetingAnswers`.
    var compareAnswers = 1_000_000
    var meetings = 20
    var meetingAnswers = 100_000
    /// `--only merge`: two rooms' journals of this many answers each merged (`--merge-answers`).
    var mergeAnswers = 1_000_000
    /// `--only compare` runs only the across-meetings part; `--only merge` only the merge.
    var only: String?

    init(_ arguments: [String]) {
        var index = 0
        while index + 1 < arguments.count {
            let value = arguments[index + 1]
            switch arguments[index] {
            case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }
            case "--runs": runs = Int(value) ?? runs
            case "--folder": folder = value
            case "--appends": appends = Int(value) ?? appends
            case "--python": python = value
            case "--compare-answers": compareAnswers = Int(value) ?? compareAnswers
            case "--meetings": meetings = Int(value) ?? meetings
            case "--meeting-answers": meetingAnswers = Int(value) ?? meetingAnswers
            case "--only": only = value
            case "--merge-answers": mergeAnswers = Int(value) ?? mergeAnswers
            default: break
            }
            index += 2
        }
    }
}
