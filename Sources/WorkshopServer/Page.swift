import WorkshopHTML

/// The frame every room page shares: phone-sized, `room.css` and the page's own stylesheets and
/// scripts, all served by the binary (the Content-Security-Policy allows nothing else).
enum Page {
    static func wrap(title: String, body: Node, script: String?, refresh: Int? = nil) -> String {
        wrap(title: title, body: body, styles: [], scripts: script.map { [$0] } ?? [], refresh: refresh)
    }

    /// A page loading `room.css`, then `styles`, then `scripts` (deferred, in order).
    static func wrap(title: String, body: Node, styles: [String], scripts: [String], refresh: Int? = nil) -> String {
        fragment {
            Node.doctype
            element("html", ["lang": "en"]) {
                element("head") {
                    element("meta", ["charset": "utf-8"])
                    element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                    element("title") { title }
                    element("link", ["rel": "icon", "href": "data:,"])
                    for sheet in ["room.css"] + styles { element("link", ["rel": "stylesheet", "href": "/assets/" + sheet]) }
                    if let refresh {
                        element("noscript") { element("meta", ["http-equiv": "refresh", "content": String(refresh)]) }
                    }
                    for script in scripts { element("script", ["src": "/assets/" + script, "defer": ""]) }
                }
                element("body") { body }
            }
        }.render()
    }

    /// A page with one line on it: an error a plain form post lands on, or the room's front door.
    static func message(_ title: String, _ line: String, back: String? = nil) -> String {
        wrap(title: title, body: element("main", ["class": "message"]) {
            element("h1") { title }
            element("p") { line }
            if let back { element("p") { element("a", ["href": back]) { "Back" } } }
        }, script: nil)
    }
}
