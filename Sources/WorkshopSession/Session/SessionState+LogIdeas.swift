import WorkshopModel

extension SessionState {
    /// An idea, theme, vote or dot record in words, as `log` shows it and `undo` reports it.
    func describe(ideaEvent index: Int) -> String {
        switch ideaBoard.events[index].event {
        case let .idea(idea):
            return "idea \(idea.label) from \(idea.group) on prompt \(idea.prompt): " + quoted(idea.isRedacted ? "" : idea.text)
        case let .edit(id, text):
            return "edit idea \(label(id)): " + quoted(text)
        case let .mark(id, mark):
            return "\(mark == .withdrawn ? "withdraw" : mark == .hidden ? "hide" : "show") idea \(label(id))"
        case let .theme(name, ids):
            let ideas = ids.map(label).joined(separator: " ")
            return name.map { "theme '\($0)': \(ideas)" } ?? "out of any theme: \(ideas)"
        case let .renameTheme(from, to):
            return "theme '\(from)' renamed '\(to)'"
        case let .vote(vote):
            return vote.isOpen ? "vote open on the \(vote.on.rawValue) of \(vote.prompt), \(vote.dots) dots a group"
                : "vote closed on \(vote.prompt)"
        case let .dots(group, prompt, item, count):
            let on: String
            switch item {
            case let .idea(id): on = "idea \(label(id))"
            case let .theme(name): on = "theme '\(name)'"
            }
            return "\(group) puts \(count) dot\(count == 1 ? "" : "s") on \(on) (vote on \(prompt))"
        }
    }

    private func label(_ id: UInt64) -> String {
        ideaBoard.recorded(id)?.label ?? Self.shortID(id)
    }

    private func quoted(_ text: String) -> String {
        text.isEmpty ? "[redacted]" : "\"\(text)\""
    }
}
