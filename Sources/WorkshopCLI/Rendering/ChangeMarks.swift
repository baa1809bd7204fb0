import WorkshopKit

/// How a change is written for a terminal: its size and sign in figures, a mark saying whether it
/// is called a trend, and a shade and colour that repeat its size and direction.
enum ChangeMarks {
    static let shades: [Character] = ["░", "▒", "▓", "█"]
    static let sparks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Diverging 256-colour ramps, light to dark: blue for down, orange for up (colour-blind safe).
    static let down = [153, 111, 68, 25], up = [223, 215, 208, 166]

    /// `+1`, `-0.5`, `0`.
    static func signed(_ value: Double) -> String { Direction.signed(value) }

    /// `▲` or `▼` for a called change, `~` for one on too few answers, `=` for none.
    static func mark(_ direction: Direction?, called: Bool) -> String { direction?.mark(called: called) ?? "~" }

    /// `up 1`, `down 0.5`, `no change`.
    static func size(_ change: Double) -> String {
        let direction = Direction(change)
        return direction == .same ? "no change" : "\(direction.rawValue) \(SessionSummary.number(abs(change)))"
    }

    /// `▲ up 1`, `~ down 0.5, too few answers to call`, `~ up 0.5, within the noise (-0.5 to 1.5)`,
    /// `= no change`. `interval` is the change's bootstrap interval, when both sides had one.
    static func words(_ change: Double, called: Bool, interval: BootstrapInterval? = nil) -> String {
        let direction = Direction(change)
        let text = direction.mark(called: called) + " " + size(change)
        guard !called, direction != .same else { return text }
        if let interval, !interval.excludesZero {
            return text + ", within the noise (\(signed(interval.lower)) to \(signed(interval.upper)))"
        }
        return text + ", too few answers to call"
    }

    /// The share of the scale's width a change covers, 0...1.
    static func share(_ change: Double, scale: SessionSummary.ScaleInfo) -> Double {
        let width = (scale.levels.last?.value ?? 1) - (scale.levels.first?.value ?? 0)
        return width > 0 ? min(1, abs(change) / width) : 0
    }

    /// A shade for the size of a change: none for no change, then ░▒▓█ by quarters of the scale.
    static func shade(_ change: Double, scale: SessionSummary.ScaleInfo) -> String {
        guard Direction(change) != .same else { return " " }
        return String(shades[min(shades.count - 1, Int(share(change, scale: scale) * Double(shades.count)))])
    }

    /// `text` on a background that repeats the change's direction and size, on a colour terminal.
    static func coloured(_ text: String, change: Double, scale: SessionSummary.ScaleInfo, style: Style) -> String {
        let direction = Direction(change)
        guard style.enabled, direction != .same else { return text }
        let ramp = direction == .up ? up : down
        let step = min(ramp.count - 1, Int(share(change, scale: scale) * Double(ramp.count)))
        return "\u{1B}[48;5;\(ramp[step]);\(step >= 2 ? "97" : "30")m" + text + "\u{1B}[0m"
    }

    /// A sparkline character for a median: its place between the scale's lowest and highest level.
    static func spark(_ value: Double, scale: SessionSummary.ScaleInfo) -> Character {
        let low = scale.levels.first?.value ?? 0, high = scale.levels.last?.value ?? 1
        let share = high > low ? max(0, min(1, (value - low) / (high - low))) : 0
        return sparks[min(sparks.count - 1, Int(share * Double(sparks.count - 1) + 0.5))]
    }
}
