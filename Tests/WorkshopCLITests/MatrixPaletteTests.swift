import Foundation
import Testing
@testable import WorkshopCLI
import WorkshopKit
import WorkshopTestSupport

/// The terminal's matrix in the room's colours: each tone of the scale's `ScalePalette` as its
/// nearest 256-colour code, only with colour on; a RAG scale's cells lettered R, A, G.
struct MatrixPaletteTests {
    @Test func nearestCodesOfExactColours() {
        #expect(TerminalColour.nearest("#000000") == 16)
        #expect(TerminalColour.nearest("#ff0000") == 196)
        #expect(TerminalColour.nearest("#eeeeee") == 255)
        #expect(TerminalColour.nearest("#c62828") == 160)
        #expect(TerminalColour.isLight("#ffffff") && !TerminalColour.isLight("#111111"))
    }

    /// The background codes a coloured output uses.
    static func backgrounds(_ text: String) -> Set<Int> {
        Set(text.components(separatedBy: "\u{1B}[48;5;").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) })
    }

    @Test func aNumericScaleIsColouredByTheSequentialPalette() throws {
        let copy = try ExampleCopy()
        let coloured = try copy.workshop(["matrix", "demo-2015", "--color", "always"])
        let allowed = Set(ScalePalette.sequential.tones.map { TerminalColour.nearest($0.background) })
        let used = Self.backgrounds(coloured.stdout)
        #expect(!used.isEmpty && used.isSubset(of: allowed), "\(used) of \(allowed)")
        let plain = try copy.workshop(["matrix", "demo-2015"])
        #expect(!plain.stdout.contains("\u{1B}["))
    }

    /// The median is named (`Red`), so the word says what the colour does and no letter is needed.
    @Test func aRAGScaleIsRedAmberGreenByName() throws {
        let copy = try ExampleCopy()
        #expect(try copy.workshop(["start", "partnership-review"]).status == 0)
        for (group, answer) in [("pair-a", "r"), ("pair-b", "r"), ("pair-c", "g")] {
            let scored = try copy.workshop(["score", "partnership-review", "scoping", "academic", answer, "-g", group])
            #expect(scored.status == 0, "\(scored.stderr)")
        }
        let coloured = try copy.workshop(["matrix", "partnership-review", "--color", "always"])
        let red = TerminalColour.nearest(ScalePalette.traffic.tones[0].background)
        #expect(coloured.stdout.contains("\u{1B}[48;5;\(red);97m Red"), "\(coloured.stdout)")
        #expect(!coloured.stdout.contains("R1"), "the median by name, not the level's number")
        let plain = try copy.workshop(["matrix", "partnership-review"])
        #expect(plain.stdout.contains(" Red ") && !plain.stdout.contains("\u{1B}["), "\(plain.stdout)")
    }
}
