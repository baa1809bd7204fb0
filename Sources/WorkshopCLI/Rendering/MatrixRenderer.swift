import WorkshopKit

/// The persona × activity heatmap for a terminal: numbers carry the meaning, a shade and (on a
/// colour terminal) a colour-blind-safe sequential palette repeat it.
struct MatrixRenderer {
    let summary: SessionSummary
    let statistic: MatrixStatistic
    let width: Int

    static let shades: [Character] = ["░", "▒", "▓", "█"]
    /// A sequential blue-to-yellow ramp (viridis-like) from the 256-colour palette.
    static let palette = [54, 61, 67, 72, 107, 178]

    /// The rendering, every line within `width`.
    var lines: [String] { Wrap.fit(table, width: width) }

    private var table: [String] {
        let personas = summary.personas
        let tailWidth = 14
        let longestTitle = summary.activities.map(\.title.count).max() ?? 10
        // Persona columns as wide as fits (6 to 12), after titles of up to 32 characters.
        let spare = width - tailWidth - min(longestTitle + 2, 34)
        let columnWidth = max(6, min(12, personas.isEmpty ? 6 : spare / personas.count))
        let titleWidth = min(width - personas.count * columnWidth - tailWidth, longestTitle + 2)
        if titleWidth < 12 { return expanded }
        var lines = legend
        let headings = personas.map { Self.heading($0.name, columnWidth - 1) }
        let header = pad("", titleWidth) + headings.map { pad($0, columnWidth) }.joined() + "│ stand  rank"
        lines.append(Style.bold(header))
        for activity in summary.activities {
            var line = pad(abbreviate(activity.title, titleWidth - 1), titleWidth)
            for persona in personas {
                line += cell(activity: activity.activity, persona: persona.persona, width: columnWidth)
            }
            line += "│ " + pad(activity.standing.map(format) ?? "·", 6) + (activity.rank.map { String($0) } ?? "·")
            lines.append(line)
        }
        let cut = zip(headings, personas).filter { $0.0 != $0.1.name }
        if !cut.isEmpty {
            lines += Style.wrapList(cut.map { "\($0.0) = \($0.1.name)" }, first: "columns:", indent: 2, width: width)
                .map(Style.dim)
        }
        return lines
    }

    /// A column heading: the name if it fits, else its first word, cut to fit.
    static func heading(_ name: String, _ width: Int) -> String {
        if name.count <= width { return name }
        let first = name.split(whereSeparator: { $0 == " " || $0 == "-" }).first.map(String.init) ?? name
        return String(first.prefix(width))
    }

    /// For narrow terminals: one block per activity.
    var expanded: [String] {
        var lines = legend
        for activity in summary.activities {
            let rank = activity.rank.map { "rank \($0), standing \(format(activity.standing ?? 0))" } ?? "no answers"
            lines.append(Style.bold(activity.title) + " — " + rank)
            for persona in summary.personas {
                lines.append("  " + persona.name + ": " + value(activity: activity.activity, persona: persona.persona))
            }
        }
        return lines
    }

    /// What the cells mean, on one line when it fits, else the meaning and the key on two.
    private var legend: [String] {
        let scale = summary.scale
        func describe(_ level: Scale.Level) -> String {
            level.label == format(level.value) ? level.label : "\(format(level.value)) \(level.label)"
        }
        let low = scale.levels.first.map(describe) ?? ""
        let high = scale.levels.last.map(describe) ?? ""
        let what: String
        switch statistic {
        case .median: what = "median answer (\(low) … \(high))"
        case .mean: what = "mean answer (\(low) … \(high))"
        case .consensus: what = "consensus between groups (0 split … 1 all agree)"
        case .count: what = "number of answers"
        }
        let head = "\(summary.title): \(what)", key = "· no answers, ? only unsure; shade ░▒▓█ low to high"
        return head.count + key.count + 2 <= width ? [head + "; " + key] : [head, key]
    }

    private func cells(activity: String, persona: String) -> [CellStatistics] {
        summary.cells.filter { $0.activity == activity && $0.persona == persona }
    }

    /// The statistic for the cell, criteria averaged; nil when there is none.
    private func number(activity: String, persona: String) -> Double? {
        let values = cells(activity: activity, persona: persona).compactMap { cell -> Double? in
            switch statistic {
            case .median: return cell.median
            case .mean: return cell.mean ?? cell.median
            case .consensus: return cell.consensus
            case .count: return Double(cell.answers)
            }
        }
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    private func value(activity: String, persona: String) -> String {
        if let number = number(activity: activity, persona: persona) { return format(number) }
        return cells(activity: activity, persona: persona).contains { $0.unsure > 0 } ? "?" : "·"
    }

    private func cell(activity: String, persona: String, width: Int) -> String {
        guard let number = number(activity: activity, persona: persona) else {
            return pad(" " + value(activity: activity, persona: persona), width)
        }
        let share = fraction(number)
        let shade = Self.shades[min(Self.shades.count - 1, Int(share * Double(Self.shades.count)))]
        let text = pad(String(shade) + format(number), width - 1) + " "
        guard Style.enabled else { return text }
        let colour = Self.palette[min(Self.palette.count - 1, Int(share * Double(Self.palette.count)))]
        let foreground = share > 0.6 ? "30" : "97"
        return "\u{1B}[48;5;\(colour);\(foreground)m" + text.dropLast() + "\u{1B}[0m "
    }

    /// Where a value sits between the lowest and highest possible, 0...1.
    private func fraction(_ number: Double) -> Double {
        switch statistic {
        case .consensus: return max(0, min(1, number))
        case .count:
            let most = Double(summary.cells.map(\.answers).max() ?? 1)
            return most > 0 ? number / most : 0
        case .median, .mean:
            let low = summary.scale.levels.first?.value ?? 0, high = summary.scale.levels.last?.value ?? 1
            return high > low ? max(0, min(0.999, (number - low) / (high - low))) : 0
        }
    }

    private func format(_ value: Double) -> String { SessionSummary.number(value) }
}

/// Fits text to a width with an ellipsis.
func abbreviate(_ text: String, _ width: Int) -> String {
    guard text.count > width else { return text }
    guard width > 1 else { return String(text.prefix(width)) }
    return String(text.prefix(width - 1)) + "…"
}

/// Pads text with spaces to a width.
func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}
