import Foundation
import WorkshopKit

// The project's benchmark: `make bench` (a release build). Generates realistic sessions of 10k, 100k
// and 1M answers, then times opening them (with peak memory, each in its own process), appending an
// answer (fsync included) against the disk's own fsync, and the Python peer reading the same journals;
// then `compare` and `trend` across meetings against a pandas peer. `--whole` instead runs the commands
// as a user does, each a process of the release `workshop` binary, against polars, DuckDB and Python
// peers (WholeBenchmark).

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--measure-open" || arguments.first == "--measure-summary", arguments.count == 2 {
    // Child mode: open one journal (and summarise it), print seconds and peak memory as one JSON line.
    MeasureOpen.runChild(path: arguments[1], summarise: arguments[0] == "--measure-summary")
    exit(0)
}
if arguments.first == "--measure-compare" || arguments.first == "--measure-trend", arguments.count >= 3 {
    do {
        try CompareBenchmark.runChild(arguments)
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}
let options = BenchOptions(arguments)
if options.whole {
    print(WholeBenchmark(options: options).run())
    exit(0)
}
let report = Benchmark(options: options).run()
print(report)
