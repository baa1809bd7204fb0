import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop dots SESSION GROUP ITEM N`: a table's dots keyed in from paper, recorded as that group's.
    struct Dots: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "dots",
            abstract: "Set a group's dots on one item of the open vote (a paper vote keyed in).",
            discussion: """
                The group, the item (an idea: %7, 7 or a record-id prefix; a theme: its name, or a unique \
                prefix, several words allowed), then how many of the group's dots are on it: this sets the \
                number, so 0 takes them off. The vote's budget and per-item limit hold as on phones.

                Example: workshop dots stirling-2015 table-2 %7 2
                """)

        static let completion = CompletionSpec(positionals: [.groups, .custom { source, _ in
            source.state?.ideaWall.openVote?.on == .themes ? source.themes : source.ideaLabels
        }])

        @OptionGroup var target: SessionOptions

        @Argument(help: ArgumentHelp("GROUP ITEM N.", valueName: "words"))
        var words: [String] = []

        func run(session: Session, context: CommandContext) throws {
            guard words.count >= 3, let count = Int(words[words.count - 1]) else {
                throw CommandFailure("dots: give the group, the item and a number, e.g. 'dots table-2 %7 2'")
            }
            let state = session.state
            guard let vote = state.ideaWall.openVote else { throw CommandFailure("dots: no vote is open; 'vote open PROMPT' opens one") }
            let group = try state.resolveGroup(words[0])
            let typed = words[1..<(words.count - 1)].joined(separator: " ")
            let item: VoteItem, name: String
            switch vote.on {
            case .ideas:
                let idea = try state.resolveIdea(typed)
                (item, name) = (.idea(idea.id), idea.label)
            case .themes:
                let theme = try state.resolveTheme(typed)
                (item, name) = (.theme(theme), "'\(theme)'")
            }
            try session.record(.dots(group: group, prompt: vote.prompt, item: item, count: count), by: context.facilitator)
            let left = session.state.ideaWall.remaining(for: group, prompt: vote.prompt)
            context.console.out(TerminalText.clean("\(group): \(dotCount(count)) on \(name); \(left) left"))
        }
    }
}
