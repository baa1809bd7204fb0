import Foundation

/// What to measure: `--sizes 10000,100000`, `--runs 5`, `--folder bench-data`, `--only compare`,
/// `--compare-answers 1000000`, `--only merge --merge-answers 1000000`, `--meetings 20`, `--meeting-answers 100000`; for `--whole` (the
/// commands as a user runs them, each a process of its own) also `--binary PATH` (default: the
/// `workshop` built beside this benchmark) and `--3m` (adds a 3M-answer session; slow).
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
    /// `--whole`: the whole-process benchmark (`WholeBenchmark`) instead of the in-process one.
    var whole = false
    /// `--3m`: the whole-process benchmark also at 3M answers.
    var threeMillion = false
    /// `--binary PATH`: the `workshop` the whole-process benchmark runs.
    var binary: String?

    init(_ arguments: [String]) {
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--whole": whole = true; index += 1; continue
            case "--3m": threeMillion = true; index += 1; continue
            default: break
            }
            guard index + 1 < arguments.count else { break }
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
            case "--binary": binary = value
            case "--merge-answers": mergeAnswers = Int(value) ?? mergeAnswers
            default: break
            }
            index += 2
        }
    }
}
