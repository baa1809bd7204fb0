import WorkshopKit

/// The projector: the persona × activity matrix and which tables still owe what, large enough to
/// read from the back of the room. Rendered here in full (it refreshes itself with JavaScript off);
/// `projector.js` redraws it from the event stream as answers arrive.
struct ProjectorPage {
    var view: RoomView
    var token: String

    func html() -> String {
        let body = """
            <div class="projector" id="projector" data-events="/f/\(token)/events">
            <header><h1>\(e(view.title))</h1><p id="summary">\(summary)</p>
            <form method="post" action="/f/\(token)/results" class="reveal">
            <input type="hidden" name="show" value="\(view.hidden ? "1" : "0")">
            <button>\(view.hidden ? "Show results now" : "Hide results until all have answered")</button></form></header>
            <table id="matrix">\(matrix)</table>
            <h2>Still to answer</h2><ul id="coverage" class="coverage">\(coverage)</ul>
            <p class="cards"><a href="/f/\(token)/cards">Join cards to print</a></p></div>
            """
        return Page.wrap(title: view.title, body: body, script: "projector.js", refresh: 5)
    }

    var summary: String {
        let done = view.coverage.filter { $0.owes.isEmpty }.count
        let tables = "\(done) of \(view.coverage.count) tables done · \(view.answers) answers"
        return view.hidden ? tables + " · results hidden until every table has answered" : tables
    }

    var matrix: String {
        let head = "<thead><tr><th></th>" + view.personas.map { "<th scope=\"col\">\(e($0.name))</th>" }.joined()
            + "</tr></thead>"
        let rows = zip(view.activities, view.cells).map { activity, cells in
            "<tr><th scope=\"row\">\(e(activity.name))</th>" + cells.map(cell).joined() + "</tr>"
        }.joined()
        return head + "<tbody>" + rows + "</tbody>"
    }

    private func cell(_ figure: RoomView.Figure) -> String {
        let shade = figure.shade.map { " data-shade=\"\(Int(($0 * 4).rounded()))\"" } ?? ""
        let text = figure.text.map(e) ?? (figure.n > 0 ? "·" : "")
        return "<td\(shade)>\(text)<small>n=\(figure.n)</small></td>"
    }

    var coverage: String {
        view.coverage.map { owed in
            let who = e(owed.group) + (owed.persona.map { " <small>(\(e($0)))</small>" } ?? "")
            let left = owed.owes.isEmpty ? "done" : "\(owed.answered)/\(owed.total) · " + Self.owing(owed.owes).map(e).joined(separator: ", ")
            return "<li class=\"\(owed.owes.isEmpty ? "done" : "owing")\">\(who): \(left)</li>"
        }.joined()
    }

    /// The activities a table still owes, by name when there are at most three (the last few are
    /// worth calling out), else how many: a projector read from the back has no room for more.
    static func owing(_ titles: [String]) -> [String] {
        titles.count <= 3 ? ["owes " + titles.joined(separator: ", ")] : ["owes \(titles.count)"]
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }
}
