import WorkshopHTML

/// The poster of a room of individuals (the join cards page in that mode): the workshop's title,
/// one large QR code of the room link (14 cm on A4, read from a few metres), the link in text and
/// one line on how to join.
struct JoinPoster {
    var title: String
    var link: String
    /// At most this many phones can join.
    var cap: Int

    func html() -> String {
        let body = element("main", ["class": "poster"]) {
            element("h1") { title }
            element("p", ["class": "how"]) { "Scan with your phone's camera to rate, each on your own phone." }
            QRCode(link).map(JoinCards.svg)
            element("p", ["class": "link"]) { link }
            element("p", ["class": "small"]) {
                "Anonymous: your phone gets a number, not your name. Up to \(cap) phones."
            }
        }
        return Page.wrap(title: "Poster · " + title, body: body, styles: ["poster.css"], scripts: [])
    }
}
