import Foundation
import Testing
import WorkshopKit
@testable import WorkshopServer

/// WCAG contrast over the colours the room is drawn in, from the Swift table and the served
/// stylesheets: every heatmap tone's text in every palette (1.4.3), and the colours that mark a state
/// against the backgrounds they sit on (1.4.11). The rendered pages are measured too, in a browser
/// (`Tests/a11y/visual_test.py`); this holds the palette itself, including tones no page shows today.
struct ContrastTests {
    /// The backgrounds room pages put controls and cells on (page, card, vote, idea, row head, disabled).
    static let backgrounds = ["#ffffff", "#fafafa", "#fff8e1", "#fff8c4", "#eeeeee", "#f1f1f1"]

    @Test func theRatioIsWCAGs() {
        #expect(abs(PaletteStylesheetTests.contrast("#000000", "#ffffff") - 21) < 0.01)
        #expect(abs(PaletteStylesheetTests.contrast("#767676", "#ffffff") - 4.54) < 0.01)
        #expect(PaletteStylesheetTests.contrast("#777777", "#ffffff") < 4.5)
        #expect(PaletteStylesheetTests.contrast("#ffffff", "#ffffff") == 1)
    }

    @Test(arguments: ScalePalette.allCases)
    func everyToneReadsInItsPalette(_ palette: ScalePalette) {
        for (index, tone) in palette.tones.enumerated() {
            let ratio = PaletteStylesheetTests.contrast(tone.background, tone.text)
            #expect(ratio >= 4.5, "\(palette) tone \(index): \(tone.text) on \(tone.background) is \(ratio):1")
        }
        // Neighbouring tones differ in lightness, not only in hue, so the steps show without colour vision.
        let lightness = palette.tones.map { PaletteStylesheetTests.contrast($0.background, "#000000") }
        for (low, high) in zip(lightness, lightness.dropFirst()) { #expect(low != high, "\(palette): two tones equally light") }
    }

    @Test func theStatesShowOnWhatTheySitOn() throws {
        let room = try #require(Assets.file("room.css")).body, persona = try #require(Assets.file("persona.css")).body
        let slides = try #require(Assets.file("slides.css")).body
        // Each state colour as the stylesheet has it, so a change there is measured here.
        let states: [(what: String, rule: String, colour: String, against: [String], want: Double)] = [
            ("focus ring", room, "#1d3557", Self.backgrounds, 3),
            ("chosen ring", persona, "#111", Self.backgrounds, 3),
            ("saved bar", room, "#2d6a4f", ["#ffffff"], 3),
            ("status text", room, "#2d6a4f", ["#ffffff", "#fafafa"], 4.5),
            ("disabled text", room, "#595959", ["#f1f1f1"], 4.5),
            ("disabled edge", room, "#767676", ["#fff8e1", "#ffffff"], 3),
            ("thin figure", slides, "#444", ["#eeeeee"], 4.5),
            ("offline banner", slides, "#b00020", ["#ffffff"], 4.5),
        ]
        for state in states {
            #expect(state.rule.contains(state.colour), "\(state.what): \(state.colour) is no longer in its stylesheet")
            for background in state.against {
                let ratio = PaletteStylesheetTests.contrast(Self.long(state.colour), background)
                #expect(ratio >= state.want, "\(state.what) \(state.colour) on \(background): \(ratio):1")
            }
        }
    }

    /// `#abc` as `#aabbcc`.
    static func long(_ hex: String) -> String {
        hex.count == 4 ? "#" + hex.dropFirst().map { "\($0)\($0)" }.joined() : hex
    }
}
