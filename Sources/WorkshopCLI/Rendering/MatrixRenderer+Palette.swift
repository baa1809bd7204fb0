import WorkshopKit

extension MatrixRenderer {
    /// The palette the cells are coloured by: the scale's for an answer (median, mean), the
    /// sequential one for figures that are not answers (consensus, counts).
    var palette: ScalePalette {
        switch statistic {
        case .median, .mean, nil:
            let scale = Scale(name: summary.scale.name, levels: summary.scale.levels, measurement: summary.scale.measurement)
            return ScalePalette.of(scale)
        case .consensus, .count: return .sequential
        }
    }

    /// The colour codes for a figure at `share` (0...1): the palette's tone as its nearest
    /// 256-colour background, with black or bright white text as the tone's own text colour says.
    func colourCodes(share: Double) -> String? {
        guard let index = palette.tone(at: share) else { return nil }
        let tone = palette.tones[index]
        let foreground = TerminalColour.isLight(tone.text) ? "97" : "30"
        return "48;5;\(TerminalColour.nearest(tone.background));\(foreground)"
    }

    /// On a RAG scale the figure's letter (R, A, G) takes the shade's place, so the colour is never
    /// the only sign of which it is.
    func mark(share: Double) -> Character {
        if palette == .traffic, let tone = palette.tone(at: share) { return ["R", "A", "G"][min(2, tone)] }
        return Self.shades[min(Self.shades.count - 1, Int(share * Double(Self.shades.count)))]
    }
}

/// Colours of the palette on a 256-colour terminal (xterm's table: a 6×6×6 cube and 24 greys).
enum TerminalColour {
    private static let cubeSteps = [0, 95, 135, 175, 215, 255]

    /// The 256-colour code nearest to `hex` (`#rrggbb`), by squared distance in RGB.
    static func nearest(_ hex: String) -> Int {
        let target = rgb(hex)
        var candidates: [(code: Int, rgb: [Int])] = []
        for r in 0..<6 { for g in 0..<6 { for b in 0..<6 {
            candidates.append((16 + 36 * r + 6 * g + b, [cubeSteps[r], cubeSteps[g], cubeSteps[b]]))
        } } }
        for grey in 0..<24 { candidates.append((232 + grey, Array(repeating: 8 + 10 * grey, count: 3))) }
        func distance(_ rgb: [Int]) -> Int { zip(rgb, target).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) }
        return candidates.min { distance($0.rgb) < distance($1.rgb) }?.code ?? 15
    }

    /// Whether a text colour is light (white on a dark tone) rather than dark.
    static func isLight(_ hex: String) -> Bool { rgb(hex).reduce(0, +) > 3 * 128 }

    private static func rgb(_ hex: String) -> [Int] {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6 else { return [0, 0, 0] }
        return stride(from: 0, to: 6, by: 2).map { Int(String(digits[$0...$0 + 1]), radix: 16) ?? 0 }
    }
}
