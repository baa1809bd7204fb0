import Foundation

/// What to measure: `--sizes 10000,100000`, `--runs 5`, `--folder bench-data`.
struct BenchOptions {
    var sizes = [10_000, 100_000, 1_000_000]
    var runs = 5
    var folder = "bench-data"
    var appends = 200
    var python = "python3"

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
            default: break
            }
            index += 2
        }
    }
}
