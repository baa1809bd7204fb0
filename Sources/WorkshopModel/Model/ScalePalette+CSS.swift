extension ScalePalette {
    /// The palette as CSS: one rule per tone, for any element marked `data-palette="NAME"
    /// data-tone="K"` (the room's `palette.css` and the report's stylesheet hold exactly this text,
    /// and a test holds them to it, so the colours cannot drift from this table).
    public static var stylesheet: String {
        var lines = ["/* Generated from ScalePalette (WorkshopModel); PaletteStylesheetTests keeps this file equal to it. */"]
        for palette in allCases {
            for (index, tone) in palette.tones.enumerated() {
                lines.append("[data-palette=\"\(palette.rawValue)\"][data-tone=\"\(index)\"]"
                    + "{background:\(tone.background);color:\(tone.text)}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
