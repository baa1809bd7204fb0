import WorkshopHTML

/// Where the room link sends a phone in individuals mode. Its script (`individual.js`) sends a
/// phone that joined before to the link it kept, so a rescan of the poster keeps the same rater,
/// and keeps this link for a phone new to the room; without JavaScript the phone follows the link
/// by hand, and a rescan makes a new rater.
struct IndividualLanding {
    var title: String
    var group: String
    /// The phone's own page, `/g/TOKEN`.
    var link: String
    /// The room link's token: what the phone's kept link is filed under, so another room's is never used.
    var room: String
    var language: PageLanguage = .english
    var query: [(String, String)] = []

    func html() -> String {
        let m = language.messages
        let body = element("main", ["class": "message landing", "id": "landing", "data-room": room, "data-link": link]) {
            element("h1", ["lang": language.planText]) { title }
            element("p", ["role": "status"]) { language.sentence("room.landing.rater", ["group": element("strong") { group }]) }
            element("p") { element("a", ["class": "choice", "href": link]) { m["room.landing.start"] } }
            element("p") { m["room.landing.keep"] }
        }
        return Page.wrap(title: title, body: body, styles: [], scripts: ["individual.js"], language: language,
                         switcher: language.switcher(query: query))
    }
}
