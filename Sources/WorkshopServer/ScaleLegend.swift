import WorkshopHTML
import WorkshopKit

/// What the answers mean, above the first activity: each level with its colour, key and label (a
/// numeric scale: its two ends, in the plan's words when it has them), and what "unsure" means.
struct ScaleLegend {
    var scale: Scale

    /// How "unsure" is explained, on the legend and on its button.
    static let unsureMeaning = "we cannot say for this persona"

    var node: Node {
        let palette = ScalePalette.of(scale)
        return element("section", ["class": "legend", "aria-labelledby": "legend-h"]) {
            element("h2", ["id": "legend-h"]) { "How to answer" }
            element("ul", ["class": "scale-legend"]) {
                for index in shown {
                    let tone = ScalePalette.tone(level: index, on: scale).map { String($0) }
                    element("li", ["data-palette": tone == nil ? nil : palette.rawValue, "data-tone": tone]) {
                        element("span", ["class": "key"]) { scale.levels[index].key }
                        " " + meaning(index)
                    }
                }
            }
            if gap { element("p", ["class": "between"]) { "and every whole number in between" } }
            element("p", ["class": "unsure-meaning"]) {
                element("strong") { "Unsure" }
                ": " + Self.unsureMeaning + ". It is counted, but left out of the median."
            }
        }
    }

    /// Every level when each has its own words; only the two ends when the middle ones are bare numbers.
    private var shown: [Int] {
        let bare = scale.levels.indices.dropFirst().dropLast().contains { scale.meaning(ofLevel: $0) == nil }
        return bare ? [0, scale.levels.count - 1] : Array(scale.levels.indices)
    }

    private var gap: Bool { shown.count < scale.levels.count }

    private func meaning(_ index: Int) -> String { Self.words(scale, level: index) ?? "" }

    /// A level in words: its own, else "lowest" or "highest" at the ends of an ordered scale.
    static func words(_ scale: Scale, level index: Int) -> String? {
        if let words = scale.meaning(ofLevel: index) { return words }
        guard scale.isOrdered, scale.levels.count > 1 else { return nil }
        return index == 0 ? "lowest" : index == scale.levels.count - 1 ? "highest" : nil
    }

    /// A button's accessible name: "4, Agree"; the key alone in the bare middle of a numeric scale.
    static func accessibleName(_ scale: Scale, level index: Int) -> String {
        let key = scale.levels[index].key
        return words(scale, level: index).map { key + ", " + $0 } ?? key
    }
}
