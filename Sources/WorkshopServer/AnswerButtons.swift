import WorkshopHTML
import WorkshopKit

/// A card's answer buttons: each level's key and words printed, its accessible name saying what
/// it answers ("Bring-a-friend appointments: 4, Agree"), coloured by its tone of the scale's
/// palette (`palette.css`), and "unsure" with what it means. Every button stays `name="answer"
/// value=KEY`, the chosen one has the class `chosen`: `phone.js` selects on them, and reads
/// `data-shown` (the answer as the card's "Saved" line words it, in the page's language).
struct AnswerButtons {
    var scale: Scale
    var answered: Answer?
    var language: PageLanguage = .english
    /// What the answer is for (the activity's title), named first in each button's name.
    var subject: String? = nil

    /// How `persona.css` lays out a scale whose every level has words, so none looks bigger than
    /// another and no word is broken: up to three share one row equally (`row`), more are a list of
    /// full-width buttons (`list`); nil for numbers, which wrap at 48 px a button as before.
    static func layout(_ scale: Scale) -> String? {
        guard scale.levels.indices.allSatisfy({ scale.meaning(ofLevel: $0) != nil }) else { return nil }
        return scale.levels.count <= 3 ? "row" : "list"
    }

    var nodes: [Node] {
        let palette = ScalePalette.of(scale), m = language.messages
        var nodes = scale.levels.indices.map { index -> Node in
            let level = scale.levels[index], words = ScaleLegend.words(scale, level: index, language: language)
            let tone = ScalePalette.tone(level: index, on: scale).map { String($0) }
            return element("button", [
                "name": "answer", "value": level.key, "class": answered == .level(index) ? "chosen" : nil,
                // The chosen answer is a pressed button to a screen reader, not only a ring and a tick.
                "aria-pressed": answered == .level(index) ? "true" : "false",
                "aria-label": named(ScaleLegend.accessibleName(scale, level: index, language: language)),
                "data-palette": tone == nil ? nil : palette.rawValue, "data-tone": tone,
                "data-shown": Self.shown(.level(index), on: scale, language: language),
            ]) {
                element("span", ["class": "key"]) { level.key }
                if let words { element("small", ["lang": ScaleLegend.lang(scale, level: index, language: language)]) { words } }
            }
        }
        let unsure = m["room.legend.unsure_meaning"]
        nodes.append(element("button", [
            "name": "answer", "value": Scale.unsureKey, "class": answered == .unsure ? "unsure chosen" : "unsure",
            "aria-pressed": answered == .unsure ? "true" : "false",
            "aria-label": named(m["room.legend.unsure_name", ["meaning": unsure]]),
            "data-shown": Self.shown(.unsure, on: scale, language: language),
        ]) {
            m["room.card.unsure"]
            element("small") { unsure }
        })
        return nodes
    }

    private func named(_ answer: String) -> String {
        subject.map { language.messages["room.card.answer_name", ["activity": $0, "answer": answer]] } ?? answer
    }

    /// An answer as the card's "Saved: …" line says it: `Agree (4)`, `Cytuno (4)`, `unsure (?)`.
    static func shown(_ answer: Answer, on scale: Scale, language: PageLanguage) -> String {
        switch answer {
        case let .level(index):
            let level = scale.levels[index]
            guard level.key != level.label else { return level.key }
            let label = language.messages.builtinLabel(scale: scale.name, key: level.key, english: level.label) ?? level.label
            return "\(label) (\(level.key))"
        case .unsure:
            return language.messages["room.card.unsure_shown"]
        }
    }
}
