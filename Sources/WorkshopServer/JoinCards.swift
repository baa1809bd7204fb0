import WorkshopHTML

/// A printable page of join cards, one per table: the workshop, the table, its persona, its link
/// and the link as a QR code (drawn as SVG, so it prints sharp at any size). Six to an A4 sheet, in
/// sheets of their own (`cards.css`), so a card is never cut across two pages and its QR code is
/// 55 mm wide: a phone reads it from arm's length.
struct JoinCards {
    /// Cards to a sheet: two columns of three, as `cards.css` lays them out.
    static let perSheet = 6

    var title: String
    var cards: [(group: String, persona: String?, link: String)]

    func html() -> String {
        let sheets = stride(from: 0, to: cards.count, by: Self.perSheet).map { Array(cards[$0..<min($0 + Self.perSheet, cards.count)]) }
        let body = fragment {
            element("header", ["class": "cards-head"]) {
                element("h1") { "Join cards · " + title }
                element("p") { "\(cards.count) card\(cards.count == 1 ? "" : "s"), six to an A4 sheet: print, cut along the dashes, one to each table." }
            }
            element("main", ["class": "cards"]) {
                for sheet in sheets {
                    element("section", ["class": "sheet"]) {
                        for card in sheet { self.card(card) }
                    }
                }
            }
        }
        return Page.wrap(title: "Join cards · " + title, body: body, styles: ["cards.css"], scripts: [])
    }

    private func card(_ card: (group: String, persona: String?, link: String)) -> Node {
        element("article", ["class": "card"]) {
            element("p", ["class": "workshop"]) { title }
            element("h2") { card.group }
            element("p", ["class": "persona"]) {
                if let persona = card.persona { "You play "; element("strong") { persona } } else { "Choose your persona on the phone" }
            }
            QRCode(card.link).map(Self.svg)
            element("p", ["class": "link"]) { card.link }
        }
    }

    /// One path of unit squares, with a quiet zone of four modules.
    static func svg(_ code: QRCode) -> Node {
        var path = ""
        for row in 0..<code.size {
            for column in 0..<code.size where code.isDark(row: row, column: column) {
                path += "M\(column + 4) \(row + 4)h1v1h-1z"
            }
        }
        let side = String(code.size + 8)
        return element("svg", ["class": "qr", "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(side) \(side)",
                               "shape-rendering": "crispEdges", "role": "img", "aria-label": "QR code of the link below"]) {
            element("rect", ["width": side, "height": side, "fill": "#fff"])
            element("path", ["d": path, "fill": "#000"])
        }
    }
}
