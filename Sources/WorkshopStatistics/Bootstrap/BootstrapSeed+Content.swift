import WorkshopSupport

/// Seeds made from what a bootstrap resamples rather than from where it came from: the same answers
/// give the same interval in any session, under any session id, in whatever order they arrived.
extension BootstrapSeed {
    /// The seed for resampling `numbers` for `purpose` ("standing", "alpha", "change"): FNV-1a 64
    /// over the purpose's UTF-8 and then each number's eight bytes (its bit pattern, little-endian;
    /// -0 taken as 0).
    public init(_ purpose: String, content numbers: [Double]) {
        var hash = FNV1a()
        hash.feed(purpose.utf8)
        for number in numbers {
            var bits = (number == 0 ? 0 : number).bitPattern
            for _ in 0..<8 {
                hash.feed(UInt8(truncatingIfNeeded: bits))
                bits >>= 8
            }
        }
        value = hash.value
    }

    /// The seed for one activity's standing and its cells' medians: the scale's levels, then each
    /// cell's persona, weights and counts, in the plan's order.
    public static func standing(_ cells: [StandingBootstrap.Cell], levels: [Double]) -> BootstrapSeed {
        var numbers = [Double(levels.count)] + levels
        for cell in cells {
            numbers += [Double(cell.persona), cell.personaWeight, cell.criterionWeight, Double(cell.counts.count)]
            numbers += cell.counts.map(Double.init)
        }
        return BootstrapSeed("standing", content: numbers)
    }

    /// The seed for alpha's bootstrap: how many raters, then the values of each unit sorted and the
    /// units sorted, so neither the raters' order nor the units' changes it.
    public static func alpha(units: [[Double?]], metric: KrippendorffAlpha.Metric) -> BootstrapSeed {
        let canonical = units.map { $0.compactMap { $0 }.sorted() }
            .filter { !$0.isEmpty }
            .sorted { $0.lexicographicallyPrecedes($1) }
        var numbers = [Double(units.first?.count ?? 0)]
        for unit in canonical { numbers += [Double(unit.count)] + unit }
        return BootstrapSeed("alpha \(metric)", content: numbers)
    }

    /// The seed for the change in a cell's median between two meetings: the levels and both
    /// sides' counts.
    public static func change(_ after: [Int], minus before: [Int], levels: [Double]) -> BootstrapSeed {
        let numbers = [Double(levels.count)] + levels + [Double(before.count)] + before.map(Double.init)
            + [Double(after.count)] + after.map(Double.init)
        return BootstrapSeed("change", content: numbers)
    }
}

extension KrippendorffAlpha {
    /// `units` in an order that depends on their values alone: each unit's values sorted (missing
    /// ones last, the width kept), the units sorted. Alpha's coincidences do not depend on either
    /// order, but their floating-point sums do in the last bits, and the bootstrap sorts its pools
    /// by those sums: resampling the canonical form keeps the interval a function of the answers.
    public static func canonical(_ units: [[Double?]]) -> [[Double?]] {
        units.map { unit in
            let values = unit.compactMap { $0 }.sorted()
            return values.map(Optional.some) + Array(repeating: nil, count: unit.count - values.count)
        }.sorted { a, b in
            a.lexicographicallyPrecedes(b) { ($0 ?? .infinity) < ($1 ?? .infinity) }
        }
    }
}
