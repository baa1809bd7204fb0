import WorkshopModel

/// A cell's or swatch's place in the palette: `data-palette` and `data-tone`, or nothing.
struct ToneMark {
    var palette: ScalePalette
    var tone: Int?

    func attributes(class name: String? = nil, title: String? = nil) -> KeyValuePairs<StaticString, String?> {
        ["class": name, "title": title, "data-palette": tone == nil ? nil : palette.rawValue, "data-tone": tone.map { String($0) }]
    }

    /// R, A or G on a RAG scale, so its colours are never the only sign; nil on other palettes.
    var letter: String? {
        guard palette == .traffic, let tone else { return nil }
        return ["R", "A", "G"][min(2, tone)]
    }
}
