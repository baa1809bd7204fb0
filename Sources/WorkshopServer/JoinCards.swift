import WorkshopHTML

/// A printable page of join cards, one per table: the table, its persona, its link and the link
/// as a QR code (drawn as SVG, so it prints sharp at any size).
struct JoinCards {
    var title: String
    var cards: [(group: String, persona: String?, link: String)]

    func html() -> String {
        let body = element("main", ["class": "cards"]) {
            for card in cards {
                element("article", ["class": "card"]) {
                    element("h2") { card.group }
                    element("p") {
                        if let persona = card.persona { "You play "; element("strong") { persona } } else { "Choose your persona on the phone" }
                    }
                    QRCode(card.link).map(Self.svg)
                    element("p", ["class": "link"]) { card.link }
                }
            }
        }
        return Page.wrap(title: "Join cards · " + title, body: body, script: nil)
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
