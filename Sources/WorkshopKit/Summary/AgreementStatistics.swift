/// Agreement between a persona's groups beyond alpha, each on the complete block (the groups and
/// activities where every group gave a value). Filled in by `SessionSummary`.
public struct AgreementStatistics: Hashable, Sendable, Codable {
    /// Groups and units (activity × criterion) in the complete block.
    public var groups: Int
    public var units: Int
}
