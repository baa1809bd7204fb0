import Testing
@testable import WorkshopKit

struct ScaleTests {
    struct BuiltinCase: Sendable, CustomTestStringConvertible {
        var name: String
        var keys: [String]
        var measurement: Scale.Measurement
        var testDescription: String { name }
    }

    @Test(arguments: [
        BuiltinCase(name: "1-5", keys: ["1", "2", "3", "4", "5"], measurement: .interval),
        BuiltinCase(name: "1-10", keys: (1...10).map(String.init), measurement: .interval),
        BuiltinCase(name: "0-3", keys: ["0", "1", "2", "3"], measurement: .interval),
        BuiltinCase(name: "agreement", keys: ["1", "2", "3", "4", "5"], measurement: .ordinal),
        BuiltinCase(name: "rag", keys: ["r", "a", "g"], measurement: .ordinal),
        BuiltinCase(name: "relevance", keys: ["n", "r", "e"], measurement: .ordinal),
    ])
    func builtinScales(_ example: BuiltinCase) throws {
        let scale = try #require(Scale.builtin(named: example.name))
        #expect(scale.levels.map(\.key) == example.keys)
        #expect(scale.measurement == example.measurement)
        #expect(scale.index(ofKey: Scale.unsureKey) == nil)
    }

    @Test func numericValuesAreTheNumbersThemselves() throws {
        let scale = try #require(Scale.builtin(named: "0-10"))
        #expect(scale.levels.first?.value == 0)
        #expect(scale.levels.last?.value == 10)
    }

    @Test func labelledValuesAreRanksLowestFirst() throws {
        let rag = try #require(Scale.builtin(named: "rag"))
        #expect(rag.levels.map(\.value) == [1, 2, 3])
        #expect(rag.levels.map(\.label) == ["Red", "Amber", "Green"])
        let relevance = try #require(Scale.builtin(named: "relevance"))
        #expect(relevance.levels.map(\.label) == ["Not relevant", "Relevant", "Essential"])
    }

    @Test(arguments: ["5-1", "0-101", "-1-5", "a-b", "1-1", "1-5-7", "stars", ""])
    func notBuiltin(_ name: String) {
        #expect(Scale.builtin(named: name) == nil)
    }
}
