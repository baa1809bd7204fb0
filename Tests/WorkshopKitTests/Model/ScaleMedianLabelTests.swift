import Testing
@testable import WorkshopKit

struct ScaleMedianLabelTests {
    private func scale(_ name: String) throws -> Scale { try #require(Scale.builtin(named: name)) }

    @Test func ragMediansAreNamedByTheirLabels() throws {
        let rag = try scale("rag")
        #expect(rag.medianLabel(1) == "Red")
        #expect(rag.medianLabel(3) == "Green")
        #expect(rag.medianLabel(2.5) == "Amber\u{2013}Green")
        #expect(rag.medianLabel(1.5, keys: true) == "r\u{2013}a")
    }

    @Test func aMeanBetweenLevelsNamesTheTwoAroundIt() throws {
        #expect(try scale("relevance").medianLabel(2.25) == "Relevant\u{2013}Essential")
    }

    @Test func numericScalesKeepNumbers() throws {
        let numeric = try scale("1-5")
        #expect(numeric.medianLabel(4) == "4")
        #expect(numeric.medianLabel(3.5) == "3.5")
        #expect(!Scale.isLabelled(numeric.levels))
    }

    @Test func agreementIsLabelledThoughItsKeysAreDigits() throws {
        #expect(try scale("agreement").medianLabel(4.5) == "Agree\u{2013}Strongly agree")
    }

    @Test func offTheEndsIsANumber() throws {
        #expect(try scale("rag").medianLabel(4) == "4")
    }
}
