import Testing
@testable import WorkshopKit

/// The standing bootstrap: the standing is the summary's (persona-weighted mean of criterion-weighted
/// mean cell medians, empty cells left out); its interval contains it, narrows with more answers, is
/// the cell's own interval for a one-cell activity, ignores empty cells and personas entirely, and
/// the batch form gives each activity and cell what the single calls give.
struct BootstrapStandingTests {
    static let fivePoints: [Double] = [1, 2, 3, 4, 5]
    typealias Cell = StandingBootstrap.Cell

    /// Persona 0 (weight 2): medians 4 (criterion weight 1) and 2 (weight 3), score 2.5. Persona 1
    /// (weight 1): median 5 (weight 1) and an empty cell (weight 3) left out, score 5. Standing
    /// (2·2.5 + 1·5)/3 = 10/3.
    static let activity = [
        Cell(persona: 0, personaWeight: 2, criterionWeight: 1, counts: [0, 1, 2, 6, 1]),
        Cell(persona: 1, personaWeight: 1, criterionWeight: 1, counts: [0, 0, 1, 2, 5]),
        Cell(persona: 0, personaWeight: 2, criterionWeight: 3, counts: [2, 5, 1, 1, 0]),
        Cell(persona: 1, personaWeight: 1, criterionWeight: 3, counts: [0, 0, 0, 0, 0]),
    ]

    @Test func standingIsTheWeightedMeanOfMedians() throws {
        let standing = try #require(StandingBootstrap.standing(cells: Self.activity, levels: Self.fivePoints))
        #expect(abs(standing - 10.0 / 3) < 1e-12)
    }

    @Test(arguments: ["a", "b", "c", "d"])
    func intervalContainsTheStanding(_ seed: String) throws {
        let standing = try #require(StandingBootstrap.standing(cells: Self.activity, levels: Self.fivePoints))
        let interval = try #require(StandingBootstrap.interval(
            cells: Self.activity, levels: Self.fivePoints, seed: BootstrapSeed(seed)))
        #expect(interval.contains(standing), "\(interval)")
        #expect(interval.width > 0)
    }

    @Test func deterministicPerSeed() {
        let first = StandingBootstrap.interval(cells: Self.activity, levels: Self.fivePoints, seed: BootstrapSeed("s"))
        #expect(first != nil)
        let again = StandingBootstrap.interval(cells: Self.activity, levels: Self.fivePoints, seed: BootstrapSeed("s"))
        #expect(first == again)
    }

    @Test func emptyCellsAndPersonasAreLeftOut() {
        let seed = BootstrapSeed("empty")
        let base = StandingBootstrap.interval(cells: Self.activity, levels: Self.fivePoints, seed: seed)
        // A persona with a heavy weight but no answers must not pull the standing towards anything.
        let more = Self.activity + [Cell(persona: 7, personaWeight: 100, criterionWeight: 1, counts: [0, 0, 0, 0, 0])]
        #expect(StandingBootstrap.interval(cells: more, levels: Self.fivePoints, seed: seed) == base)
        #expect(StandingBootstrap.standing(cells: more, levels: Self.fivePoints)
            == StandingBootstrap.standing(cells: Self.activity, levels: Self.fivePoints))
    }

    /// A 21-point scale, an even number of answers and 20 replicates: intervals that move with the
    /// seed, so the checks below that two calls agree would catch a cell drawing from the wrong stream.
    static let fine = (0...20).map(Double.init)
    static let spread = [1, 2, 0, 3, 1, 4, 2, 5, 3, 2, 1, 4, 2, 3, 1, 0, 2, 1, 3, 1, 3]

    @Test func oneCellIsThatCellsMedianInterval() {
        let seed = BootstrapSeed("one")
        let cells = [Cell(persona: 0, personaWeight: 1.5, criterionWeight: 2, counts: Self.spread)]
        let standing = StandingBootstrap.interval(cells: cells, levels: Self.fine, replicates: 20, seed: seed)
        #expect(standing != nil)
        let cell = { (seed: BootstrapSeed) in
            MedianBootstrap.interval(counts: Self.spread, levels: Self.fine, replicates: 20, seed: seed)
        }
        #expect(standing == cell(seed.derived(0)))
        #expect(standing != cell(seed))
    }

    @Test func intervalNarrowsAsAnswersGrow() throws {
        let widths = try [1, 8, 64].map { copies in
            let cells = Self.activity.map {
                Cell(persona: $0.persona, personaWeight: $0.personaWeight, criterionWeight: $0.criterionWeight,
                     counts: $0.counts.map { $0 * copies })
            }
            let interval = StandingBootstrap.interval(cells: cells, levels: Self.fivePoints, seed: BootstrapSeed("n"))
            return try #require(interval).width
        }
        #expect(widths[0] >= widths[1] && widths[1] >= widths[2] && widths[2] < widths[0], "\(widths)")
    }

    @Test func batchMatchesTheSingleCalls() {
        let seed = BootstrapSeed("batch")
        let first = [
            Cell(persona: 0, personaWeight: 2, criterionWeight: 1, counts: Self.spread),
            Cell(persona: 1, personaWeight: 1, criterionWeight: 1, counts: Self.spread.reversed()),
        ]
        var single = Array(repeating: 0, count: 21)
        single[4] = 1
        let second = [
            Cell(persona: 0, personaWeight: 1, criterionWeight: 1, counts: Self.spread.map { $0 * 2 }),
            Cell(persona: 2, personaWeight: 3, criterionWeight: 1, counts: single),
        ]
        let activities = [first, second]
        let results = StandingBootstrap.intervals(activities: activities, levels: Self.fine, replicates: 20, seed: seed)
        #expect(results.count == 2)
        for (a, cells) in activities.enumerated() {
            #expect(results[a].standing != nil)
            #expect(results[a].standing
                == StandingBootstrap.interval(cells: cells, levels: Self.fine, replicates: 20, seed: seed.derived(a)))
            #expect(results[a].cells == cells.indices.map {
                MedianBootstrap.interval(counts: cells[$0].counts, levels: Self.fine, replicates: 20,
                                         seed: seed.derived(a).derived($0))
            })
        }
        #expect(results[0].cells[0] != results[0].cells[1])
        // The one-answer cell has no interval of its own but still counts in its activity's standing.
        #expect(results[1].cells[1] == nil)
    }

    @Test func noIntervalWithoutResamplableCells() {
        let seed = BootstrapSeed("none")
        let single = [Cell(persona: 0, personaWeight: 1, criterionWeight: 1, counts: [0, 1, 0, 0, 0]),
                      Cell(persona: 1, personaWeight: 1, criterionWeight: 1, counts: [0, 0, 0, 1, 0])]
        #expect(StandingBootstrap.interval(cells: single, levels: Self.fivePoints, seed: seed) == nil)
        #expect(StandingBootstrap.interval(cells: [], levels: Self.fivePoints, seed: seed) == nil)
        let zeroWeights = [Cell(persona: 0, personaWeight: 0, criterionWeight: 1, counts: [1, 2, 3, 0, 0])]
        #expect(StandingBootstrap.interval(cells: zeroWeights, levels: Self.fivePoints, seed: seed) == nil)
        let mismatched = [Cell(persona: 0, personaWeight: 1, criterionWeight: 1, counts: [1, 2, 3])]
        #expect(StandingBootstrap.interval(cells: mismatched, levels: Self.fivePoints, seed: seed) == nil)
    }
}
