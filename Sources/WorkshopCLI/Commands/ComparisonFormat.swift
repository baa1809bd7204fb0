import ArgumentParser

/// How `compare` and `trend` are written.
enum ComparisonFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown, csv

    var printed: PrintFormat {
        switch self {
        case .text: .text
        case .json: .json
        case .markdown: .markdown
        case .csv: .csv
        }
    }
}
