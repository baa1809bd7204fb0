extension Scale {
    /// The names of the built-in labelled scales, for messages and completion.
    public static let builtinNames = ["agreement", "rag", "relevance"]

    /// The built-in scale called `name`: a numeric range `A-B` or one of `builtinNames`.
    public static func builtin(named name: String) -> Scale? {
        switch name {
        case "agreement":
            return labelled(name, [
                ("1", "Strongly disagree"), ("2", "Disagree"), ("3", "Neither agree nor disagree"),
                ("4", "Agree"), ("5", "Strongly agree"),
            ])
        case "rag":
            return labelled(name, [("r", "Red"), ("a", "Amber"), ("g", "Green")])
        case "relevance":
            return labelled(name, [("n", "Not relevant"), ("r", "Relevant"), ("e", "Essential")])
        default:
            return numericRange(name)
        }
    }

    /// An ordinal scale from (key, label) pairs listed lowest first; nominal when `ordered` is false
    /// (the levels then keep their listed order for display only).
    public static func labelled(_ name: String, _ pairs: [(String, String)], ordered: Bool = true) -> Scale {
        let levels = pairs.enumerated().map { Level(key: $1.0, label: $1.1, value: Double($0 + 1)) }
        return Scale(name: name, levels: levels, measurement: ordered ? .ordinal : .nominal)
    }

    /// The largest numeric range accepted, to keep keys and tables readable.
    package static let numericBounds = 0...100

    /// Parses `A-B` into the interval scale of whole numbers A...B.
    package static func numericRange(_ name: String) -> Scale? {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]),
              numericBounds.contains(low), numericBounds.contains(high), low < high
        else { return nil }
        let levels = (low...high).map { Level(key: String($0), label: String($0), value: Double($0)) }
        return Scale(name: name, levels: levels, measurement: .interval)
    }
}
