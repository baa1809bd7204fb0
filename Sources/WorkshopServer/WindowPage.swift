import WorkshopHTML
import WorkshopKit

/// What a phone sees outside the window (`serve --open-from`, `--until`): the workshop's title,
/// that the room is not open yet or has closed, and when, in the phone's language, the moment in
/// a `<time>` a machine can read too. No form and no script: there is nothing to do but come back.
struct WindowPage {
    /// The plan's title, in the plan's language.
    var title: String
    var window: RoomWindow
    var notice: RoomWindow.Notice
    var language: PageLanguage = .english
    var query: [(String, String)] = []

    /// The page, whole.
    func html() -> String {
        let m = language.messages
        let values = window.values(notice, m)
        let heading = m["room.window.\(notice.name).title"]
        let moment = element("time", ["datetime": window.machineReadable(notice)]) { values["when"] ?? "" }
        let body = element("main", ["class": "message window", "id": "window", "data-window": notice.name]) {
            element("h1") { heading }
            element("p") { element("strong", ["lang": language.planText]) { title } }
            element("p") {
                language.sentence("room.window.\(notice.name).line", ["when": moment, "zone": .text(values["zone"] ?? "")])
            }
            element("p") { m["room.window.\(notice.name).next"] }
        }
        return Page.wrap(title: heading + " · " + title, body: body, script: nil, language: language,
                         switcher: language.switcher(query: query))
    }
}
