import WorkshopHTML
import WorkshopSession

/// The report's closing sections: notes (prompt notes under their question), actions and methods.
extension HTMLSections {
    var notes: Node? {
        guard !summary.notes.isEmpty else { return nil }
        let known = Set(summary.prompts.map(\.id))
        let others = summary.notes.filter { $0.prompt == nil || !known.contains($0.prompt ?? "") }
        return fragment {
            element("h2") { words["report.heading.notes"] }
            for prompt in summary.prompts {
                let notes = summary.notes.filter { $0.prompt == prompt.id }
                if !notes.isEmpty {
                    element("blockquote", ["lang": planLang, "dir": planDir]) { prompt.text }
                    element("ul") {
                        for note in notes {
                            element("li") {
                                if let place = place(note) { element("strong") { place }; ": " }
                                note.text
                            }
                        }
                    }
                }
            }
            if !others.isEmpty {
                element("ul") {
                    for note in others {
                        element("li") {
                            element("strong") { note.place.map { _ in placeOrPrompt(note) } ?? words["report.notes.whole_session"] }
                            ": " + note.text
                        }
                    }
                }
            }
        }
    }

    var actions: Node? {
        guard !summary.actions.isEmpty else { return nil }
        return fragment {
            element("h2") { words["report.heading.actions"] }
            for part in summary.actions.parts(words, withOpen: false) {
                element("h3") { part.title }
                element("ul") {
                    for entry in part.entries {
                        element("li") {
                            entry.heading(words) + ": " + entry.standing(words)
                            if let idea = entry.idea { element("br"); element("small", ["class": "from-idea"]) { element("bdi") { idea.origin(words) } } }
                        }
                    }
                }
            }
        }
    }

    var methods: Node {
        let methods = summary.methods.worded(in: language)
        let items = [methods.minimumData, methods.quantiles, methods.spread, methods.consensus, methods.agreement,
                     methods.otherAgreement, methods.intervals, methods.standing, methods.divergence, methods.rankStability, methods.unsure]
        return fragment {
            element("h3") { words["report.heading.methods"] }
            element("ul", ["class": "methods"]) { for item in items { element("li") { item } } }
        }
    }

    /// A note's place in titles and names, without its prompt (shown as the heading above it).
    private func place(_ note: Note) -> String? {
        let parts = [note.activity.map(summary.title(of:)), note.persona.map(summary.name(of:)), note.group, note.criterion].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    private func placeOrPrompt(_ note: Note) -> String {
        ([note.prompt.map { words["report.notes.prompt", ["prompt": $0]] }] + [place(note)]).compactMap { $0 }.joined(separator: " · ")
    }
}
