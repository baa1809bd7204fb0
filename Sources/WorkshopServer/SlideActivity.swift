import WorkshopHTML
import WorkshopKit

/// One activity on a slide of its own, for the moment the room talks about it: per persona, how
/// many gave each answer (a bar in the level's colour, the count printed beside it), the median
/// and n, then the notes. While results are hidden, only how many have answered.
struct SlideActivity {
    var view: RoomView
    var language: PageLanguage = .english

    var node: Node {
        let m = language.messages, plan = language.planText
        guard let detail = view.detail else {
            return element("p", ["class": "empty", "id": "slide-title"]) { m["room.slides.gone"] }
        }
        let most = max(detail.personas.flatMap { $0.counts ?? [] }.max() ?? 0, 1)
        let shown = detail.levels.count > 12 ? detail.levels.indices.filter { index in
            detail.personas.contains { ($0.counts?[index] ?? 0) > 0 }
        } : Array(detail.levels.indices)
        return fragment {
            element("h2", ["id": "slide-title"]) {
                element("span", ["class": "code"]) { detail.code }; " "; language.planSpan(detail.title)
            }
            if let description = detail.description { element("p", ["class": "description", "lang": plan]) { description } }
            if view.hidden { element("p", ["class": "empty"]) { m["room.slides.hidden_so_far"] } }
            element("table", ["class": "distribution"]) {
                element("thead") {
                    element("tr") {
                        element("th", ["scope": "col"]) { m["room.slides.persona"] }
                        if !view.hidden {
                            for index in shown { header(detail.levels[index]) }
                            element("th", ["scope": "col"]) { m["room.slides.median"] }
                        }
                        element("th", ["scope": "col"]) { "n" }
                    }
                }
                element("tbody") {
                    for persona in detail.personas {
                        element("tr") {
                            element("th", ["scope": "row", "lang": plan]) { persona.name }
                            if let counts = persona.counts {
                                for index in shown { bar(counts[index], of: most, level: detail.levels[index]) }
                                element("td", ["class": "median", "data-palette": persona.figure.tone == nil ? nil : view.palette,
                                               "data-tone": persona.figure.tone.map { String($0) }]) { persona.figure.text ?? "–" }
                            }
                            element("td", ["class": "n"]) { String(persona.figure.n) }
                        }
                    }
                }
            }
            if !detail.notes.isEmpty {
                element("h3") { m["room.slides.notes"] }
                element("ul", ["class": "notes"]) { for note in detail.notes { element("li", ["dir": "auto"]) { note } } }
            }
        }
    }

    private func header(_ level: RoomView.Legend) -> Node {
        element("th", ["scope": "col"]) {
            element("span", ["class": "level-key"]) { level.key }
            if level.label != level.key {
                let label = SlideMatrix.label(level, scale: view.scale, language: language)
                element("span", ["class": "label", "lang": label.lang]) { label.text }
            }
        }
    }

    private func bar(_ count: Int, of most: Int, level: RoomView.Legend) -> Node {
        element("td", ["class": "count-cell"]) {
            element("span", ["class": "bar", "data-w": String(VoteResults.width(count, of: most)), "aria-hidden": "true",
                             "data-palette": level.tone == nil ? nil : view.palette, "data-tone": level.tone.map { String($0) }])
            element("span", ["class": "count"]) { String(count) }
        }
    }
}
