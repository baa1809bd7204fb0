import WorkshopHTML
import WorkshopKit

/// The poster of a room of individuals (the join cards page in that mode): the workshop's title,
/// one large QR code of the room link (14 cm on A4, read from a few metres), the link in text and
/// one line on how to join.
struct JoinPoster {
    var title: String
    var link: String
    /// At most this many phones can join.
    var cap: Int
    var language: PageLanguage = .english

    func html() -> String {
        let m = language.messages
        let body = element("main", ["class": "poster"]) {
            element("h1", ["lang": language.planText]) { title }
            element("p", ["class": "how"]) { m["room.poster.how"] }
            QRCode(link).map { JoinCards.svg($0, name: m["room.cards.qr"]) }
            element("p", ["class": "link"]) { link }
            element("p", ["class": "small"]) { m.count("room.poster.anonymous", cap) }
        }
        return Page.wrap(title: m["room.poster.title", ["title": title]], body: body, styles: ["poster.css"], scripts: [],
                         language: language)
    }
}
