import Foundation
import Hummingbird
import WorkshopHTML
import WorkshopKit

extension PageLanguage {
    /// The switch on a page: a labelled nav of links `?lang=xx` (plain links, so it works without
    /// JavaScript), each language named in itself and marked with its own `lang`, the page's
    /// own one `aria-current`. `query` is the page's query, kept but for the language and the flash.
    func switcher(query: [(String, String)] = []) -> Node? {
        guard offered.count > 1 else { return nil }
        let kept = query.filter { !["lang", "saved", "noted", "ideas"].contains($0.0) }
        return element("nav", ["class": "languages", "aria-label": messages["room.language.switch"]]) {
            element("ul") {
                for language in offered {
                    let name = Messages(language)["language.name"]
                    let href = "?" + (kept + [("lang", language)]).map { Self.escaped($0.0) + "=" + Self.escaped($0.1) }.joined(separator: "&")
                    element("li") {
                        element("a", ["href": href, "lang": language, "hreflang": language,
                                      "aria-current": language == tag ? "true" : nil]) { name }
                    }
                }
            }
        }
    }

    /// The request's query as pairs, for `switcher`.
    static func query(_ request: Request) -> [(String, String)] {
        request.uri.queryParameters.map { (String($0.key), String($0.value)) }
    }

    private static func escaped(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-_.~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }

    /// What every response owes the switch (`GuardHeaders`): the cookie when `?lang=` chose a
    /// language, so later pages and redirects keep it; `Vary` on a page, whose words depend on both.
    static func mark(_ response: inout Response, for request: Request) {
        if let asked = request.uri.queryParameters.get(cookie), Language.isValid(asked), Language.catalogue(for: asked) != nil {
            response.setCookie(Cookie(name: cookie, value: asked, path: "/", httpOnly: false, sameSite: .strict))
        }
        // Every response may be worded by them (a refusal's JSON too); added to any `Vary` already set.
        let vary = response.headers[.vary].map { $0 + ", " } ?? ""
        response.headers[.vary] = vary + "Cookie, Accept-Language"
    }
}
