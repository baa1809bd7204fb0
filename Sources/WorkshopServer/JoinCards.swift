import WorkshopKit

/// A printable page of join cards, one per table: the table, its persona, its link and the link
/// as a QR code (drawn as SVG, so it prints sharp at any size).
struct JoinCards {
    var title: String
    var cards: [(group: String, persona: String?, link: String)]

    func html() -> String {
        let body = cards.map { card in
            """
            <article class="card"><h2>\(e(card.group))</h2>
            <p>\(card.persona.map { "You play <strong>\(e($0))</strong>" } ?? "Choose your persona on the phone")</p>
            \(QRCode(card.link).map(Self.svg) ?? "")
            <p class="link">\(e(card.link))</p></article>
            """
        }.joined()
        return Page.wrap(title: "Join cards · " + title, body: "<main class=\"cards\">\(body)</main>", script: nil)
    }

    /// One path of unit squares, with a quiet zone of four modules.
    static func svg(_ code: QRCode) -> String {
        var path = ""
        for row in 0..<code.size {
            for column in 0..<code.size where code.isDark(row: row, column: column) {
                path += "M\(column + 4) \(row + 4)h1v1h-1z"
            }
        }
        let side = code.size + 8
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" "
            + "shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR code of the link below\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path d=\"\(path)\" fill=\"#000\"/></svg>"
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }
}
