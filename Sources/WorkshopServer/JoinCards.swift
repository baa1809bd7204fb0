import WorkshopHTML
import WorkshopKit

/// A printable page of join cards, one per table: the workshop, the table, its persona, its link
/// and the link as a QR code (drawn as SVG, so it prints sharp at any size). Six to an A4 sheet, in
/// sheets of their own (`cards.css`), so a card is never cut across two pages and its QR code is
/// 55 mm wide: a phone reads it from arm's length.
struct JoinCards {
    /// Cards to a sheet: two columns of three, as `cards.css` lays them out.
    static let perSheet = 6

    var title: String
    var cards: [(group: String, persona: String?, link: String)]
    var language: PageLanguage = .english

    func html() -> String {
        let m = language.messages, heading = m["room.cards.title", ["title": title]]
        let sheets = stride(from: 0, to: cards.count, by: Self.perSheet).map { Array(cards[$0..<min($0 + Self.perSheet, cards.count)]) }
        let body = fragment {
            element("header", ["class": "cards-head"]) {
                element("h1") { heading }
                element("p") { m.count("room.cards.intro", cards.count) }
            }
            element("main", ["class": "cards"]) {
                for sheet in sheets {
                    element("section", ["class": "sheet"]) {
                        for card in sheet { self.card(card) }
                    }
                }
            }
        }
        return Page.wrap(title: heading, body: body, styles: ["cards.css"], scripts: [], language: language)
    }

    private func card(_ card: (group: String, persona: String?, link: String)) -> Node {
        let m = language.messages
        return element("article", ["class": "card"]) {
            element("p", ["class": "workshop", "lang": language.planText]) { title }
            element("h2") { card.group }
            element("p", ["class": "persona"]) {
                if let persona = card.persona {
                    language.sentence("room.cards.you_play", ["persona": element("strong", ["lang": language.planText]) { persona }])
                } else {
                    m["room.cards.choose"]
                }
            }
            QRCode(card.link).map { Self.svg($0, name: m["room.cards.qr"]) }
            element("p", ["class": "link"]) { card.link }
        }
    }

    /// One path of unit squares, with a quiet zone of four modules.
    static func svg(_ code: QRCode, name: String = Messages.english["room.cards.qr"]) -> Node {
        var path = ""
        for row in 0..<code.size {
            for column in 0..<code.size where code.isDark(row: row, column: column) {
                path += "M\(column + 4) \(row + 4)h1v1h-1z"
            }
        }
        let side = String(code.size + 8)
        return element("svg", ["class": "qr", "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(side) \(side)",
                               "shape-rendering": "crispEdges", "role": "img", "aria-label": name]) {
            element("rect", ["width": side, "height": side, "fill": "#fff"])
            element("path", ["d": path, "fill": "#000"])
        }
    }
}
