import ArgumentParser
import WorkshopKit

/// The options `matrix` and `summary` share.
struct SummaryArguments: ParsableArguments {
    @Option(name: .customLong("weight"), help: ArgumentHelp(
        "A persona's weight for this summary, e.g. --weight undergraduate=3 (repeatable).", valueName: "persona=weight"))
    var weights: [String] = []

    @Option(help: "Cells with fewer answers than this are listed as thin.")
    var minimum = 2

    static let completion = CompletionSpec(options: ["--weight": .custom { source, _ in source.personas.map { "\($0)=" } }])

    func options(for state: SessionState) throws -> SummaryOptions {
        var result: [String: Double] = [:]
        for item in weights {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let weight = Double(parts[1]), weight >= 0, weight.isFinite else {
                throw CommandFailure("--weight '\(item)': write it as persona=number, e.g. undergraduate=2")
            }
            do {
                result[try state.resolvePersona(parts[0])] = weight
            } catch {
                throw CommandFailure("--weight: \(ErrorReport.message(for: error))")
            }
        }
        guard minimum >= 1 else { throw CommandFailure("--minimum must be at least 1") }
        return SummaryOptions(weights: result, minimumAnswers: minimum)
    }
}

/// How `summary` is written.
enum SummaryFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown
}
