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

    func html() -> String {
        let body = element("main", ["class": "message landing", "id": "landing", "data-room": room, "data-link": link]) {
            element("h1") { title }
            element("p", ["role": "status"]) { "You are rater "; element("strong") { group }; "." }
            element("p") { element("a", ["class": "choice", "href": link]) { "Start rating" } }
            element("p") { "Keep this page's link (bookmark it) to come back as the same rater." }
        }
        return Page.wrap(title: title, body: body, styles: [], scripts: ["individual.js"])
    }
}
