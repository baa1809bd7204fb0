import Testing
@testable import WorkshopKit

/// Krippendorff's alpha against the worked example in Krippendorff, K. (2011). "Computing
/// Krippendorff's Alpha-Reliability". Annenberg School for Communication, University of
/// Pennsylvania: 4 observers, 12 units, missing values. Published: nominal 0.743, ordinal 0.815,
/// interval 0.849.
struct KrippendorffAlphaTests {
    // Rows are observers A-D, columns units 1-12; nil is a missing value.
    static let observers: [[Double?]] = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, 3],
        [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nil],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],
    ]

    /// Units × raters, as `compute` takes them.
    static var units: [[Double?]] {
        (0..<12).map { unit in observers.map { $0[unit] } }
    }

    @Test(arguments: [
        (KrippendorffAlpha.Metric.nominal, 0.743),
        (KrippendorffAlpha.Metric.ordinal, 0.815),
        (KrippendorffAlpha.Metric.interval, 0.849),
    ])
    func matchesThePublishedExample(_ metric: KrippendorffAlpha.Metric, _ published: Double) throws {
        let alpha = try #require(KrippendorffAlpha.compute(units: Self.units, metric: metric).value)
        #expect(abs(alpha - published) < 0.0005, "\(metric): \(alpha)")
    }

    @Test func pairableValuesLeaveOutUnitsWithOneValue() {
        // Unit 12 has one value (3), so 40 of the 41 values are pairable.
        guard case let .alpha(_, pairable) = KrippendorffAlpha.compute(units: Self.units, metric: .interval) else {
            Issue.record("expected alpha")
            return
        }
        #expect(pairable == 40)
    }

    @Test func perfectAgreementIsOne() {
        let units: [[Double?]] = [[1, 1, 1], [3, 3, nil], [5, 5, 5]]
        #expect(KrippendorffAlpha.compute(units: units, metric: .ordinal).value == 1)
        #expect(KrippendorffAlpha.compute(units: units, metric: .interval).value == 1)
    }

    @Test func edgeCases() {
        #expect(KrippendorffAlpha.compute(units: [], metric: .ordinal) == .notEnoughData)
        #expect(KrippendorffAlpha.compute(units: [[4, nil], [nil, 2]], metric: .ordinal) == .notEnoughData)
        #expect(KrippendorffAlpha.compute(units: [[4, 4], [4, 4]], metric: .interval) == .noVariation(pairable: 4))
    }

    @Test func raterOrderAndUnitOrderDoNotMatter() throws {
        let shuffledRaters = Self.units.map { Array($0.reversed()) }
        let shuffledUnits = Array(Self.units.reversed())
        let base = try #require(KrippendorffAlpha.compute(units: Self.units, metric: .ordinal).value)
        #expect(abs((KrippendorffAlpha.compute(units: shuffledRaters, metric: .ordinal).value ?? 0) - base) < 1e-12)
        #expect(abs((KrippendorffAlpha.compute(units: shuffledUnits, metric: .ordinal).value ?? 0) - base) < 1e-12)
    }
}
