import Foundation
import WorkshopKit

// The project's benchmark: `make bench` (a release build). Generates realistic sessions of 10k, 100k
// and 1M answers, then times opening them (with peak memory, each in its own process), appending an
// answer (fsync included) against the disk's own fsync, and the Python peer reading the same journals.

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--measure-open" || arguments.first == "--measure-summary", arguments.count == 2 {
    // Child mode: open one journal (and summarise it), print seconds and peak memory as one JSON line.
    MeasureOpen.runChild(path: arguments[1], summarise: arguments[0] == "--measure-summary")
    exit(0)
}
let options = BenchOptions(arguments)
let report = Benchmark(options: options).run()
print(report)
