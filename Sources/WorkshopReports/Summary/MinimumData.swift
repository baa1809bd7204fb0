/// How much data each figure needs before a summary states it as a finding. Below these, a figure is
/// still carried (with its n) but marked as resting on too little, and no highlight quotes it. The
/// methods text is built from these same constants, so what the summary says it does is what it does.
public enum MinimumData {
    /// Answers other than '?' a cell needs for its median to count as a finding and for consensus at all.
    public static let cellValues = 2
    /// Units (activity × criterion) with at least `pairableValuesPerUnit` values that alpha needs.
    public static let alphaUnits = 2
    /// Values (answers other than '?') a unit needs to be pairable.
    public static let pairableValuesPerUnit = 2
    /// Share of the total persona weight whose personas must have answered an activity for its standing.
    public static let standingWeightShare = 0.5
    /// Personas (with weight above zero and a sufficient median) an activity needs for divergence.
    public static let divergencePersonas = 2
    /// An alpha closer to zero than this is floating-point noise and reported as 0.
    public static let noise = 1e-9

    /// Rounds away floating-point noise around zero (an alpha of -2.2e-16 is 0).
    public static func clamped(_ value: Double) -> Double {
        abs(value) < noise ? 0 : value
    }
}
