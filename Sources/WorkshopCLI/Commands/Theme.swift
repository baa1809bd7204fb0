import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop theme SESSION NAME %3 %7`: ideas grouped into a named theme, the post-it wall's cluster.
    struct Theme: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "theme",
            abstract: "Group ideas into a theme (created if new); rename or merge themes; take ideas out.",
            discussion: """
                'theme NAME %3 %7 %12' puts the ideas in theme NAME, taking them out of any other (an idea is \
                in at most one theme). The name is every word before the first %-number, so 'theme Start \
                early %3' makes the theme "Start early"; quotes work too. A name that matches an existing \
                theme but for case adds to that theme. After the first %-number, ideas may also be named \
                by number alone or by a record-id prefix.
                'theme rename OLD NEW' renames a theme, 'theme merge FROM INTO' moves every idea of FROM \
                into INTO (quote a name of several words), and 'theme --none %3' takes ideas out of their \
                theme. Each command is one record, so one 'undo' takes it back.

                Example: workshop theme stirling-2015 Timing and cost %3 %7 %12
                """)

        static let completion = CompletionSpec(rest: .custom { source, typed in
            ["rename", "merge"].contains(typed.first ?? "") && typed.count < 3
                ? source.themes : (typed.isEmpty ? ["rename", "merge"] + source.themes : source.ideaLabels)
        })

        @OptionGroup var target: SessionOptions

        @Flag(help: "Take the ideas named out of their theme.")
        var none = false

        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("NAME %3 %7..., rename OLD NEW, or merge FROM INTO.", valueName: "words"))
        var words: [String] = []

        func run(session: Session, context: CommandContext) throws {
            let state = session.state
            // The first %-number ends a theme's name; a line with none is a rename or merge.
            let isIdeaNumber = { (word: String) in word.first == WorkshopKit.Idea.sigil }
            if !none, let verb = words.first, verb == "rename" || verb == "merge", !words.contains(where: isIdeaNumber) {
                guard words.count == 3 else {
                    throw CommandFailure("theme \(verb): give two theme names, e.g. 'theme \(verb) Timing \"When to start\"'; "
                        + "quote a name of several words")
                }
                let from = try state.resolveTheme(words[1])
                let to = verb == "merge" ? try state.resolveTheme(words[2]) : words[2]
                try session.record(.renameTheme(from: from, to: to, merging: verb == "merge"), by: context.facilitator)
                let done = verb == "merge" ? "merged theme '\(from)' into '\(to)'" : "renamed theme '\(from)' to '\(to)'"
                context.console.out(TerminalText.clean(done))
                return
            }
            let start = none ? 0 : (words.firstIndex(where: isIdeaNumber) ?? words.endIndex)
            let typedName = words[..<start].joined(separator: " ").trimmingCharacters(in: .whitespaces)
            guard none || !typedName.isEmpty else {
                throw CommandFailure("theme: name the theme before the ideas, e.g. 'theme Timing %3 %7'")
            }
            guard start < words.endIndex else {
                throw CommandFailure("theme: name the ideas with their numbers, e.g. 'theme \(typedName.isEmpty ? "Timing" : typedName) %3 %7'")
            }
            var ids: [UInt64] = [], labels: [String] = []
            for word in words[start...] {
                let idea = try state.resolveIdea(word)
                if !ids.contains(idea.id) { (ids, labels) = (ids + [idea.id], labels + [idea.label]) }
            }
            let name = none ? nil : state.ideaWall.allThemes.first { $0.lowercased() == typedName.lowercased() } ?? typedName
            try session.record(.theme(name, ideas: ids), by: context.facilitator)
            let list = labels.joined(separator: " ")
            context.console.out(TerminalText.clean(name.map { "theme '\($0)': \(list)" } ?? "out of any theme: \(list)"))
        }
    }
}
