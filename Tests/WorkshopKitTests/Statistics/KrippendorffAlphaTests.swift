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

    /// Wikipedia, "Krippendorff's alpha", computational example (also the doctest of the PyPI package
    /// `krippendorff` 0.9.0): 3 coders, 15 units. Nominal 56/81 = 0.691358, interval 643/793 = 0.810845.
    @Test func matchesTheWikipediaExample() throws {
        let coders: [[Double?]] = [
            [nil, nil, nil, nil, nil, 3, 4, 1, 2, 1, 1, 3, 3, nil, 3],
            [1, nil, 2, 1, 3, 3, 4, 3, nil, nil, nil, nil, nil, nil, nil],
            [nil, nil, 2, 1, 3, 4, 4, nil, 2, 1, 1, 3, 3, nil, 4],
        ]
        let units = (0..<15).map { unit in coders.map { $0[unit] } }
        let nominal = try #require(KrippendorffAlpha.compute(units: units, metric: .nominal).value)
        let interval = try #require(KrippendorffAlpha.compute(units: units, metric: .interval).value)
        #expect(abs(nominal - 56.0 / 81) < 1e-9)
        #expect(abs(interval - 643.0 / 793) < 1e-9)
    }

    /// Complete data, three raters (checked against `krippendorff` 0.9.0): interval 181/202,
    /// ordinal 811/895.
    @Test func completeDataWithThreeRaters() throws {
        let raters: [[Double?]] = [[1, 2, 3, 4, 5], [1, 2, 3, 4, 4], [2, 2, 3, 5, 5]]
        let units = (0..<5).map { unit in raters.map { $0[unit] } }
        #expect(abs((KrippendorffAlpha.compute(units: units, metric: .interval).value ?? 0) - 181.0 / 202) < 1e-9)
        #expect(abs((KrippendorffAlpha.compute(units: units, metric: .ordinal).value ?? 0) - 811.0 / 895) < 1e-9)
    }
}
