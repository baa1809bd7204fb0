import WorkshopHTML
import WorkshopKit

/// A card's answer buttons: each level's key and words printed, its accessible name "4, Agree",
/// coloured by its tone of the scale's palette (`palette.css`), and "unsure" with what it means.
/// Every button stays `name="answer" value=KEY`, the chosen one has the class `chosen`: `phone.js`
/// selects on them.
struct AnswerButtons {
    var scale: Scale
    var answered: Answer?

    /// How `persona.css` lays out a scale whose every level has words, so none looks bigger than
    /// another and no word is broken: up to three share one row equally (`row`), more are a list of
    /// full-width buttons (`list`); nil for numbers, which wrap at 48 px a button as before.
    static func layout(_ scale: Scale) -> String? {
        guard scale.levels.indices.allSatisfy({ scale.meaning(ofLevel: $0) != nil }) else { return nil }
        return scale.levels.count <= 3 ? "row" : "list"
    }

    var nodes: [Node] {
        let palette = ScalePalette.of(scale)
        var nodes = scale.levels.indices.map { index -> Node in
            let level = scale.levels[index], words = ScaleLegend.words(scale, level: index)
            let tone = ScalePalette.tone(level: index, on: scale).map { String($0) }
            return element("button", [
                "name": "answer", "value": level.key, "class": answered == .level(index) ? "chosen" : nil,
                // The chosen answer is a pressed button to a screen reader, not only a ring and a tick.
                "aria-pressed": answered == .level(index) ? "true" : "false",
                "aria-label": ScaleLegend.accessibleName(scale, level: index),
                "data-palette": tone == nil ? nil : palette.rawValue, "data-tone": tone,
            ]) {
                element("span", ["class": "key"]) { level.key }
                if let words { element("small") { words } }
            }
        }
        nodes.append(element("button", [
            "name": "answer", "value": Scale.unsureKey, "class": answered == .unsure ? "unsure chosen" : "unsure",
            "aria-pressed": answered == .unsure ? "true" : "false",
            "aria-label": "Unsure, " + ScaleLegend.unsureMeaning,
        ]) {
            "unsure"
            element("small") { ScaleLegend.unsureMeaning }
        })
        return nodes
    }
}
