import ArgumentParser
import WorkshopKit

/// The options `matrix` and `summary` share.
struct SummaryArguments: ParsableArguments {
    @Option(name: .customLong("weight"), help: ArgumentHelp(
        "A persona's weight for this summary, e.g. --weight undergraduate=3 (repeatable).", valueName: "persona=weight"))
    var weights: [String] = []

    // Taken as it comes, so that '-1' reaches our own message rather than reading as an option.
    @Option(parsing: .unconditional, help: "Cells with fewer answers than this are listed as thin.")
    var minimum = 2

    static let completion = CompletionSpec(options: ["--weight": .custom { source, _ in source.personas.map { "\($0)=" } }])

    func options(for state: SessionState) throws -> SummaryOptions {
        var result: [String: Double] = [:]
        for item in weights {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let weight = Double(parts[1]), weight.isFinite else {
                throw CommandFailure("--weight '\(item)': write it as persona=number, e.g. undergraduate=2")
            }
            guard weight >= 0 else {
                throw CommandFailure("--weight '\(item)': give a weight of at least 0, e.g. \(parts[0])=2 (0 leaves the persona out)")
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

    var printed: PrintFormat {
        switch self {
        case .text: .text
        case .json: .json
        case .markdown: .markdown
        }
    }
}
