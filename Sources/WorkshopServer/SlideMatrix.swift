import WorkshopHTML
import WorkshopKit

/// The matrix slide: activities down, personas across, each cell its figure and n, coloured by the
/// scale's palette (`data-palette`, `data-tone`; the figure is always printed, so colour is never
/// the only sign). Fifty activities by twelve personas fit a 1280×720 screen at 18 px: rows carry a
/// code and their title (`A7 Drop-in desk`), which wraps, never widens; past six personas the
/// columns carry codes (`P3`) with a key below; `slides.js` pages the rows to the screen's height.
/// A small room's tables are listed underneath, as the projector always did; a larger one's, in a line.
struct SlideMatrix {
    var view: RoomView
    /// A slide's address (`SlideBody.link`): a row's code opens its activity's slide.
    var link: (ProjectorSlide) -> String = { "?slide=" + $0.id }
    var language: PageLanguage = .english

    /// Columns named by code past this many personas: twelve names do not fit 1280 px at 18 px.
    static let namedColumns = 6
    /// Tables listed under the matrix up to this many; past it one line names those still
    /// answering, and the coverage slide has the rest.
    static let listedTables = 6

    var coded: Bool { view.personas.count > Self.namedColumns }

    var node: Node {
        let m = language.messages, plan = language.planText
        return fragment {
            element("h2", ["id": "slide-title", "class": "visually-hidden"]) { m["room.slides.matrix"] }
            element("table", ["id": "matrix", "class": "matrix" + (coded ? " coded" : "")]) {
                element("thead") {
                    element("tr") {
                        element("th", ["class": "corner"]) { element("span", ["class": "visually-hidden"]) { m["room.slides.activity"] } }
                        for persona in view.personas {
                            element("th", ["scope": "col", "lang": plan]) {
                                if coded { element("abbr", ["title": persona.name]) { persona.code } } else { persona.name }
                            }
                        }
                    }
                }
                element("tbody") {
                    for (activity, cells) in zip(view.activities, view.cells) {
                        element("tr") {
                            element("th", ["scope": "row"]) {
                                element("a", ["class": "code", "href": link(.activity(activity.id))]) { activity.code }
                                " "
                                language.planSpan(activity.name)
                            }
                            cells.map(cell)
                        }
                    }
                }
            }
            element("p", ["id": "pages", "class": "pages", "hidden": ""])
            if view.cells.joined().contains(where: { $0.shade != nil && $0.tone == nil }) {
                element("p", ["class": "thin-key"]) { m.count("room.slides.thin", MinimumData.cellValues) }
            }
            if !view.legend.isEmpty {
                element("p", ["class": "legend"]) {
                    for level in view.legend { Self.swatch(level, palette: view.palette, scale: view.scale, language: language); " " }
                }
            }
            if coded {
                element("p", ["class": "key"]) {
                    for persona in view.personas {
                        element("span") { element("b") { persona.code }; " "; language.planSpan(persona.name) }; " "
                    }
                }
            }
            let coverage = SlideCoverage(view: view, language: language)
            if view.coverage.count <= Self.listedTables { coverage.compact } else { coverage.owingLine }
        }
    }

    private func cell(_ figure: RoomView.Figure) -> Node {
        let tone = view.palette == nil ? nil : figure.tone
        return element("td", ["data-shade": figure.shade.map { String(Int(($0 * 4).rounded())) },
                              "class": figure.shade != nil && figure.tone == nil ? "thin" : nil,
                              "data-palette": tone == nil ? nil : view.palette, "data-tone": tone.map { String($0) }]) {
            figure.text ?? (figure.n > 0 ? "·" : "")
            element("small") { "n=\(figure.n)" }
        }
    }

    /// A level's key in its colour, then its label: `4 Agree`.
    static func swatch(_ level: RoomView.Legend, palette: String?, scale: String = "", language: PageLanguage = .english) -> Node {
        let label = Self.label(level, scale: scale, language: language)
        return element("span", ["class": "level"]) {
            element("b", ["data-palette": level.tone == nil ? nil : palette, "data-tone": level.tone.map { String($0) }]) { level.key }
            " "
            if let lang = label.lang { element("span", ["lang": lang]) { label.text } } else { label.text }
        }
    }

    /// A level's label in the page's language (a built-in scale's), or the plan's own with its `lang`.
    static func label(_ level: RoomView.Legend, scale: String, language: PageLanguage) -> (text: String, lang: String?) {
        if let own = language.messages.builtinLabel(scale: scale, key: level.key, english: level.label) { return (own, nil) }
        return (level.label, language.planText)
    }
}
