import WorkshopHTML
import WorkshopKit

/// What the answers mean, above the first activity: each level with its colour, key and label (a
/// numeric scale: its two ends, in the plan's words when it has them), and what "unsure" means.
/// A built-in scale's labels are the page's language's; a plan's own keep the plan's `lang`.
struct ScaleLegend {
    var scale: Scale
    var language: PageLanguage = .english

    /// How "unsure" is explained, on the legend and on its button (English; the page's own is `room.legend.unsure_meaning`).
    static var unsureMeaning: String { Messages.english["room.legend.unsure_meaning"] }

    var node: Node {
        let palette = ScalePalette.of(scale), m = language.messages
        return element("section", ["class": "legend", "aria-labelledby": "legend-h"]) {
            element("h2", ["id": "legend-h"]) { m["room.legend.heading"] }
            element("ul", ["class": "scale-legend"]) {
                for index in shown {
                    let tone = ScalePalette.tone(level: index, on: scale).map { String($0) }
                    element("li", ["data-palette": tone == nil ? nil : palette.rawValue, "data-tone": tone]) {
                        element("span", ["class": "key"]) { scale.levels[index].key }
                        let words = Self.words(scale, level: index, language: language) ?? ""
                        if let lang = Self.lang(scale, level: index, language: language) {
                            " "
                            element("span", ["lang": lang]) { words }
                        } else {
                            " " + words
                        }
                    }
                }
            }
            if gap { element("p", ["class": "between"]) { m["room.legend.between"] } }
            element("p", ["class": "unsure-meaning"]) {
                element("strong") { m["room.legend.unsure"] }
                ": " + m["room.legend.unsure_line", ["meaning": m["room.legend.unsure_meaning"]]]
            }
        }
    }

    /// Every level when each has its own words; only the two ends when the middle ones are bare numbers.
    private var shown: [Int] {
        let bare = scale.levels.indices.dropFirst().dropLast().contains { scale.meaning(ofLevel: $0) == nil }
        return bare ? [0, scale.levels.count - 1] : Array(scale.levels.indices)
    }

    private var gap: Bool { shown.count < scale.levels.count }

    /// A level in words: its own (a built-in scale's in the page's language), else "lowest" or
    /// "highest" at the ends of an ordered scale.
    static func words(_ scale: Scale, level index: Int, language: PageLanguage = .english) -> String? {
        let m = language.messages
        if let words = scale.meaning(ofLevel: index) {
            return m.builtinLabel(scale: scale.name, key: scale.levels[index].key, english: words) ?? words
        }
        guard scale.isOrdered, scale.levels.count > 1 else { return nil }
        return index == 0 ? m["room.legend.lowest"] : index == scale.levels.count - 1 ? m["room.legend.highest"] : nil
    }

    /// The `lang` of a level's words: the plan's, where they are the plan's own and not the page's language.
    static func lang(_ scale: Scale, level index: Int, language: PageLanguage) -> String? {
        guard let words = scale.meaning(ofLevel: index),
              language.messages.builtinLabel(scale: scale.name, key: scale.levels[index].key, english: words) == nil
        else { return nil }
        return language.planText
    }

    /// A button's accessible name: "4, Agree"; the key alone in the bare middle of a numeric scale.
    static func accessibleName(_ scale: Scale, level index: Int, language: PageLanguage = .english) -> String {
        let key = scale.levels[index].key
        return words(scale, level: index, language: language).map { key + ", " + $0 } ?? key
    }
}
