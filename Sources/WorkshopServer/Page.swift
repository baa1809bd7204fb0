import Foundation
import WorkshopHTML
import WorkshopKit

/// The frame every room page shares: phone-sized, `room.css` and the page's own stylesheets and
/// scripts, all served by the binary (the Content-Security-Policy allows nothing else); `lang` and
/// `dir` of the page's language, its language switch first, and the words its scripts write.
enum Page {
    static func wrap(title: String, body: Node, script: String?, refresh: Int? = nil, language: PageLanguage = .english,
                     switcher: Node? = nil) -> String {
        wrap(title: title, body: body, styles: [], scripts: script.map { [$0] } ?? [], refresh: refresh,
             language: language, switcher: switcher)
    }

    /// A page loading `room.css`, then `styles`, then `scripts` (deferred, in order).
    static func wrap(title: String, body: Node, styles: [String], scripts: [String], refresh: Int? = nil,
                     language: PageLanguage = .english, switcher: Node? = nil) -> String {
        fragment {
            Node.doctype
            element("html", ["lang": language.tag, "dir": language.direction]) {
                element("head") {
                    element("meta", ["charset": "utf-8"])
                    element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                    element("title") { title }
                    element("link", ["rel": "icon", "href": "data:,"])
                    for sheet in ["room.css"] + styles + (switcher == nil ? [] : ["languages.css"]) {
                        element("link", ["rel": "stylesheet", "href": "/assets/" + sheet])
                    }
                    if let refresh {
                        element("noscript") { element("meta", ["http-equiv": "refresh", "content": String(refresh)]) }
                    }
                    // The words the scripts write, in an attribute: the HTML layer escapes text, and
                    // an attribute is read back unescaped (`words.js`).
                    if !scripts.isEmpty { element("meta", ["name": "workshop-words", "content": words(language.messages)]) }
                    for script in (scripts.isEmpty ? [] : ["words.js"]) + scripts {
                        element("script", ["src": "/assets/" + script, "defer": ""])
                    }
                }
                element("body") {
                    switcher
                    body
                }
            }
        }.render()
    }

    /// A page with one line on it: an error a plain form post lands on, or the room's front door.
    static func message(_ title: String, _ line: String, back: String? = nil, language: PageLanguage = .english) -> String {
        wrap(title: title, body: element("main", ["class": "message"]) {
            element("h1") { title }
            element("p") { line }
            if let back { element("p") { element("a", ["href": back]) { language.messages["room.back"] } } }
        }, script: nil, language: language)
    }

    /// `room.js.*` as JSON: a text, or a plural's forms by CLDR category.
    static func words(_ messages: Messages) -> String {
        var object: [String: Any] = [:]
        for (key, message) in messages.all(under: "room.js.") {
            switch message {
            case let .text(text): object[key] = text
            case let .plural(forms): object[key] = Dictionary(uniqueKeysWithValues: forms.map { ($0.key.rawValue, $0.value) })
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
