import Testing
@testable import WorkshopKit

/// `scale: {range: 1-5, low: ..., high: ...}`: a numeric scale whose ends say what they mean. The
/// bad forms are fixtures under `Fixtures/broken/sessions/scale-*` (each with its place and message).
struct ScaleRangeLoaderTests {
    func scale(_ yaml: String) -> (Scale?, [Diagnostic]) {
        let log = DiagnosticLog(file: "plan.yaml")
        let plan = PlanLoader.load(id: "plan", text: "title: T\n\(yaml)\npersonas: [academic]\nactivities: [{id: a, title: A}]\n",
                                   personas: ["academic"], log: log)
        return (plan?.scale, log.diagnostics)
    }

    @Test func aRangeWithLabelledEnds() throws {
        let (loaded, diagnostics) = scale("scale: {range: 1-5, low: Not useful, high: ' Very useful '}")
        #expect(diagnostics.isEmpty)
        let result = try #require(loaded)
        #expect(result.name == "1-5" && result.measurement == .interval)
        #expect(result.levels == Scale.builtin(named: "1-5")?.levels, "the levels are the plain range's")
        #expect(result.low == "Not useful" && result.high == "Very useful")
        #expect(result.meaning(ofLevel: 0) == "Not useful" && result.meaning(ofLevel: 2) == nil
            && result.meaning(ofLevel: 4) == "Very useful")
    }

    @Test func oneEndOrNoneAndANameOfItsOwn() throws {
        let (loaded, diagnostics) = scale("scale:\n  name: usefulness\n  range: 0-10\n  high: Essential")
        #expect(diagnostics.isEmpty)
        let result = try #require(loaded)
        #expect(result.name == "usefulness" && result.levels.count == 11)
        #expect(result.low == nil && result.high == "Essential")
        let (bare, none) = scale("scale: {range: 1-3}")
        #expect(none.isEmpty && bare == Scale.builtin(named: "1-3"))
    }

    @Test(arguments: [
        ("scale: {range: 1-5, low: [a, b]}", "'low' must be text"),
        ("scale: {range: 1-5, high: '   '}", "'high' must be one line of text"),
        ("scale: {range: 1-5, low: \"two\\nlines\"}", "'low' must be one line of text"),
        ("scale: {range: 1-5, ordered: false}", "'ordered' does not go with 'range'"),
        ("scale: {range: [1, 5]}", "'range' must be a range of whole numbers"),
        ("scale: {range: 1-500}", "'1-500' is not a range"),
        ("scale: {low: Bad, levels: [{key: n}, {key: y}]}", "'low' labels an end of a numeric 'range'"),
    ])
    func badEndsAreRefusedWithTheirPlace(_ yaml: String, _ message: String) {
        let (loaded, diagnostics) = scale(yaml)
        #expect(loaded == nil)
        #expect(diagnostics.contains { $0.description.contains(message) && $0.description.hasPrefix("plan.yaml:2:") },
                "\(diagnostics.map(\.description))")
    }
}
