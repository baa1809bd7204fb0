/// The colours a scale's answers and figures are shown in, the same on the projector, the phone,
/// the HTML report and the terminal: one palette per kind of scale, safe for the common kinds of
/// colour blindness, and never the only sign (the figure or label is always printed beside it).
/// Each tone's text colour meets WCAG's 4.5:1 on its background.
public enum ScalePalette: String, Sendable, CaseIterable {
    /// Two-sided scales (disagree to agree): orange through grey to purple (ColorBrewer PuOr).
    case diverging
    /// Red, amber, green, for a RAG scale; shown with the letters R, A, G.
    case traffic
    /// One-sided ordered scales (numbers, relevance, a plan's own labels): pale to dark blue (PuBu).
    case sequential
    /// Labels with no order: no colour carries meaning.
    case none

    /// One tone: its background, the text drawn on it, and its name for CSS (`data-tone`).
    public struct Tone: Hashable, Sendable {
        public var background: String
        public var text: String
    }

    /// The palette of `scale`.
    public static func of(_ scale: Scale) -> ScalePalette {
        guard scale.isOrdered else { return .none }
        switch scale.name {
        case "agreement": return .diverging
        case "rag": return .traffic
        default: return .sequential
        }
    }

    /// The tones, lowest first.
    public var tones: [Tone] {
        switch self {
        case .diverging:
            return [Tone(background: "#b35806", text: "#ffffff"), Tone(background: "#f1a340", text: "#111111"),
                    Tone(background: "#f7f7f7", text: "#111111"), Tone(background: "#998ec3", text: "#111111"),
                    Tone(background: "#542788", text: "#ffffff")]
        case .traffic:
            return [Tone(background: "#c62828", text: "#ffffff"), Tone(background: "#ffb000", text: "#111111"),
                    Tone(background: "#2e7d32", text: "#ffffff")]
        case .sequential:
            return [Tone(background: "#f1eef6", text: "#111111"), Tone(background: "#bdc9e1", text: "#111111"),
                    Tone(background: "#74a9cf", text: "#111111"), Tone(background: "#2b8cbe", text: "#111111"),
                    Tone(background: "#045a8d", text: "#ffffff")]
        case .none:
            return []
        }
    }

    /// The tone for a place on the scale, 0 (its lowest level) to 1 (its highest): the nearest of
    /// the palette's tones. Nil for `.none`.
    public func tone(at position: Double) -> Int? {
        guard tones.count > 1, position.isFinite else { return nil }
        let clamped = min(1, max(0, position))
        return Int((clamped * Double(tones.count - 1)).rounded())
    }

    /// The tone of the level at `index` on `scale` (a phone's answer button, a legend's entry).
    public static func tone(level index: Int, on scale: Scale) -> Int? {
        guard scale.levels.count > 1 else { return nil }
        return of(scale).tone(at: Double(index) / Double(scale.levels.count - 1))
    }
}
