import Foundation
import Testing
import WorkshopKit
@testable import WorkshopServer

/// The palette's colours are written once, in `ScalePalette`: the room's `palette.css` is exactly
/// its stylesheet and the report's stylesheet carries the same rules, so they cannot drift apart.
struct PaletteStylesheetTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources")
        .standardized

    @Test func theRoomsPaletteIsTheSwiftTable() throws {
        let served = try #require(Assets.file("palette.css"))
        #expect(served.body == ScalePalette.stylesheet)
        for palette in ScalePalette.allCases {
            for (index, tone) in palette.tones.enumerated() {
                #expect(served.body.contains("[data-palette=\"\(palette.rawValue)\"][data-tone=\"\(index)\"]"
                    + "{background:\(tone.background);color:\(tone.text)}"))
            }
        }
    }

    @Test func theReportCarriesTheSameRules() throws {
        let report = try String(contentsOf: Self.sources.appendingPathComponent("WorkshopReportAssets/Assets/report.css"),
                                encoding: .utf8)
        #expect(report.hasSuffix(ScalePalette.stylesheet))
    }

    @Test func everyToneReadsOnItsBackground() {
        for palette in ScalePalette.allCases {
            for tone in palette.tones { #expect(Self.contrast(tone.background, tone.text) >= 4.5, "\(palette) \(tone)") }
        }
    }

    /// WCAG 2's contrast ratio of two `#rrggbb` colours.
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let digits = Array(hex.dropFirst())
            let channels = stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0...$0 + 1]), radix: 16) ?? 0) / 255 }
                .map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
