import WorkshopKit

extension ErrorReport {
    /// An unknown group with how to add it: a table that turned up late is the usual reason, and
    /// the command that adds one is not the first a facilitator thinks of. The nearest group stays
    /// first, for the typing slip.
    static func unknownGroup(_ text: String, suggestion: String?, door: ErrorDoor) -> String {
        let add = switch door {
        case .shell: "workshop add-group SESSION \(text)"
        case .prompt(sessionOpen: false): "add-group SESSION \(text)"
        case .prompt(sessionOpen: true): "add-group \(text)"
        }
        let nearest = suggestion.map { "did you mean '\($0)'? or " } ?? ""
        return "unknown group '\(text)'; \(nearest)add it with '\(add)'"
    }
}
