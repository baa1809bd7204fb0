import WorkshopKit

/// The page a table's phone shows: every activity with a button per answer, "unsure", a note that
/// can be saved with an answer or on its own, and what the table has answered. Plain forms that work with JavaScript off; `phone.js`
/// sends the same fields without leaving the page and says "saved" only once the server has.
struct PhonePage {
    var state: SessionState
    var group: String
    var token: String
    /// The persona the table plays: assigned, chosen on the phone, or nil (ask first).
    var persona: String?
    var saved: String?
    /// What was saved for `saved` was a note on its own.
    var noted = false

    func html() -> String {
        let plan = state.plan
        guard let persona else { return Page.wrap(title: plan.title, body: chooser(), script: nil) }
        let name = state.personas.first { $0.id == persona }?.name ?? persona
        var mine: [String: Answer] = [:]
        for (cell, answer) in state.currentAnswers where cell.group == group && cell.persona == persona {
            mine[cell.activity + "\u{0}" + (cell.criterion ?? "")] = answer
        }
        let items = state.activeActivities.flatMap { activity in
            (plan.criteria.isEmpty ? [nil] : plan.criteria.map { Optional($0) }).map { criterion in
                item(activity, criterion, answered: mine[activity.id + "\u{0}" + (criterion?.id ?? "")], persona: persona)
            }
        }
        let done = mine.count, total = items.count
        let body = """
            <header><h1>\(e(plan.title))</h1><p>\(e(group)) · you are rating as <strong>\(e(name))</strong></p>
            <p class="progress" id="progress" data-total="\(total)">\(done) of \(total) answered</p></header>
            \(saved.map { "<p class=\"flash\" role=\"status\">\(noted ? "Note saved" : "Saved"): \(e(title(of: $0)))</p>" } ?? "")
            <main>\(items.joined())</main>
            """
        return Page.wrap(title: plan.title, body: body, script: "phone.js")
    }

    private func item(_ activity: Activity, _ criterion: Criterion?, answered: Answer?, persona: String) -> String {
        let scale = state.plan.scale
        let anchor = "a-" + activity.id + (criterion.map { "-" + $0.id } ?? "")
        let buttons = scale.levels.enumerated().map { index, level in
            let label = level.label == level.key ? "" : "<small>\(e(level.label))</small>"
            let chosen = answered == .level(index) ? " class=\"chosen\"" : ""
            return "<button name=\"answer\" value=\"\(e(level.key))\"\(chosen)>\(e(level.key))\(label)</button>"
        }.joined() + "<button name=\"answer\" value=\"?\" class=\"unsure\(answered == .unsure ? " chosen" : "")\">unsure</button>"
        let status = answered.map { "Saved: \(e($0.display(on: scale)))" } ?? ""
        return """
            <section id="\(e(anchor))" class="activity\(answered == nil ? "" : " answered")">
            <h2>\(e(activity.title))\(criterion.map { " <span class=\"criterion\">· \(e($0.title))</span>" } ?? "")</h2>
            \(activity.description.isEmpty ? "" : "<p class=\"description\">\(e(activity.description))</p>")
            <form method="post" action="/g/\(token)/answers">
            <input type="hidden" name="activity" value="\(e(activity.id))">
            <input type="hidden" name="persona" value="\(e(persona))">
            \(criterion.map { "<input type=\"hidden\" name=\"criterion\" value=\"\(e($0.id))\">" } ?? "")
            <input type="hidden" name="key" value="\(RoomTokens.random())">
            <div class="buttons">\(buttons)</div>
            <details><summary>Add a note</summary><textarea name="note" maxlength="\(AnswerForm.maxNote)" rows="3"></textarea>
            <button name="save" value="note" class="save-note">Save note</button></details>
            <p class="status" role="status">\(status)</p>
            </form></section>
            """
    }

    private func chooser() -> String {
        let links = state.personas.filter { state.plan.personas.contains($0.id) }.map { persona in
            "<li><a class=\"choice\" href=\"/g/\(token)?persona=\(e(persona.id))\">\(e(persona.name))"
                + (persona.summary.isEmpty ? "" : "<small>\(e(persona.summary))</small>") + "</a></li>"
        }.joined()
        return "<header><h1>\(e(state.plan.title))</h1><p>\(e(group)): which persona does your table play?</p></header>"
            + "<main><ul class=\"choices\">\(links)</ul></main>"
    }

    private func title(of activity: String) -> String {
        state.activeActivities.first { $0.id == activity }?.title ?? activity
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }
}
