import WorkshopModel

extension SessionSummary.ScaleInfo {
    /// Whether the scale's levels have words of their own, so medians are shown by name.
    public var isLabelled: Bool { Scale.isLabelled(levels) }

    /// A median as a reader names it (`Amber`, `Amber–Green`, `3.5`): `Scale.medianLabel`.
    public func medianLabel(_ median: Double, keys: Bool = false) -> String {
        Scale.medianLabel(median, levels: levels, keys: keys)
    }
}
