import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop hide SESSION %7 [%8...]`: ideas left out of the projector, phones and exports.
    struct Hide: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "hide",
            abstract: "Hide ideas from the projector, phones and exports (kept in the journal; 'show' brings them back).",
            discussion: """
                Name ideas by number (%7 or 7) or by a prefix of their record id. Several ideas are hidden \
                in one record, so one 'undo' brings them all back. A group withdraws its own ideas on its \
                phone; at the prompt the facilitator hides.

                Example: workshop hide stirling-2015 %7 %12
                """)

        static let completion = CompletionSpec(rest: .custom { source, _ in
            source.state?.ideaWall.listed().map(\.label) ?? []
        })

        @OptionGroup var target: SessionOptions

        @Argument(help: ArgumentHelp("The ideas: %7, 7 or a record-id prefix.", valueName: "idea"))
        var ideas: [String] = []

        func run(session: Session, context: CommandContext) throws {
            try IdeaMarking.mark(ideas, .hidden, command: "hide", session: session, context: context)
        }
    }

    /// `workshop show SESSION %7`: hidden ideas shown again.
    struct Show: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show hidden ideas again.",
            discussion: """
                'ideas --hidden' lists the hidden ones. Several ideas are shown in one record.

                Example: workshop show stirling-2015 %7
                """)

        static let completion = CompletionSpec(rest: .custom { source, _ in
            source.state?.ideaWall.listed(hidden: true).filter(\.isHidden).map(\.label) ?? []
        })

        @OptionGroup var target: SessionOptions

        @Argument(help: ArgumentHelp("The ideas: %7, 7 or a record-id prefix.", valueName: "idea"))
        var ideas: [String] = []

        func run(session: Session, context: CommandContext) throws {
            try IdeaMarking.mark(ideas, .shown, command: "show", session: session, context: context)
        }
    }
}

/// Hiding and showing: every idea named is checked before one record holds them all.
enum IdeaMarking {
    static func mark(_ typed: [String], _ mark: IdeaMark, command: String, session: Session, context: CommandContext) throws {
        guard !typed.isEmpty else { throw CommandFailure("\(command): name the ideas, e.g. '\(command) %7 %12'") }
        let state = session.state
        var ideas: [WorkshopKit.Idea] = []
        for word in typed {
            let idea = try state.resolveIdea(word)
            if !ideas.contains(where: { $0.id == idea.id }) { ideas.append(idea) }
        }
        try session.record(all: ideas.map { .markIdea($0.id, mark, asGroup: nil) }, by: context.facilitator)
        let labels = ideas.map(\.label).joined(separator: " ")
        context.console.out(TerminalText.clean((mark == .hidden ? "hid " : "showing again ") + labels))
    }
}
