import Testing
@testable import WorkshopCLI
@testable import WorkshopKit

/// Guided rating's keys: every answer of every scale the format allows is reachable by typing its
/// key, no key is taken before it is whole, and 10 is never read as 1.
struct KeyMapTests {
    static let custom = [
        Scale.labelled("lengths", [("l", "Low"), ("lo", "Lower"), ("low", "Lowest"), ("h", "High")]),
        Scale.labelled("words", [("none", "None"), ("some", "Some"), ("all", "All")], ordered: false),
        Scale.labelled("accents", [("é", "Été"), ("ée", "Étée"), ("q", "Quiet")]),
    ]
    static let names = Scale.builtinNames + (1...10).map { "0-\($0)" } + ["1-10", "1-11", "0-100", "5-15"] + custom.map(\.name)

    @Test(arguments: names) func everyAnswerIsReachableAndNoneAmbiguous(name: String) throws {
        let scale = try #require(Scale.builtin(named: name) ?? Self.custom.first { $0.name == name })
        let keys = KeyMap(scale: scale)
        for (index, level) in scale.levels.enumerated() {
            let typed = Array(level.key.utf8)
            for end in typed.indices.dropFirst() {
                #expect(keys.read(Array(typed[..<end])) == .partial, "\(scale.name): '\(level.key)' is taken before it is whole")
            }
            switch keys.read(typed) {
            case let .answer(answer):
                #expect(answer == .level(index), "\(scale.name): '\(level.key)'")
            case .partial:
                #expect(keys.answer(typed) == .level(index), "\(scale.name): Enter after '\(level.key)'")
                let longer = scale.levels.contains { $0.key != level.key && $0.key.hasPrefix(level.key) }
                #expect(longer, "\(scale.name): '\(level.key)' waits though no key continues it")
            case .none:
                Issue.record("\(scale.name): '\(level.key)' is not a key")
            }
        }
        #expect(keys.read(Array("?".utf8)) == .answer(.unsure))
    }

    @Test func tenOnATenPointScaleWaitsForTheZero() throws {
        let keys = KeyMap(scale: try #require(Scale.builtin(named: "1-10")))
        #expect(keys.read(Array("1".utf8)) == .partial)
        #expect(keys.read(Array("10".utf8)) == .answer(.level(9)))
        #expect(keys.answer(Array("1".utf8)) == .level(0))
        #expect(keys.read(Array("2".utf8)) == .answer(.level(1)))
        #expect(keys.read(Array("15".utf8)) == .none)
        #expect(keys.rule == "1 waits for the next key or Enter")
        #expect(keys.legend == "1 · 2 · 3 · 4 · 5 · 6 · 7 · 8 · 9 · 10 · ? unsure")
    }

    @Test func aHundredPointScaleWaitsOnlyWhileAKeyCouldGrow() throws {
        let keys = KeyMap(scale: try #require(Scale.builtin(named: "0-100")))
        #expect(keys.read(Array("0".utf8)) == .answer(.level(0)))
        #expect(keys.read(Array("10".utf8)) == .partial)
        #expect(keys.read(Array("100".utf8)) == .answer(.level(100)))
        #expect(keys.read(Array("57".utf8)) == .answer(.level(57)))
        #expect(keys.legend == "0–100 · ? unsure")
    }

    @Test func singleCharacterScalesTakeEveryKeyAtOnce() throws {
        for name in ["rag", "relevance", "agreement", "1-5", "0-9"] {
            let keys = KeyMap(scale: try #require(Scale.builtin(named: name)))
            #expect(keys.rule == nil, "\(name)")
        }
    }
}
