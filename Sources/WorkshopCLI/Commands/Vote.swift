import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop vote SESSION open PROMPT`, `vote close`, `vote`: a dot vote on one prompt's ideas or themes.
    struct Vote: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "vote",
            abstract: "Open a dot vote on a prompt's ideas or themes, close it, or show how it stands.",
            discussion: """
                'vote open PROMPT' opens voting on the prompt's themes when it has some, else on its ideas \
                (--on to choose). Each group gets the plan's 'dots:' (else \(WorkshopKit.Vote.defaultDots)), \
                at most the plan's 'dots-per-item:' on one item; --dots and --per-item override both. \
                --hide-count keeps the projector's running count hidden until the vote closes. One vote is \
                open at a time. 'vote close' closes it; 'vote' alone shows the ranking (ties as 1=) and the \
                dots each group has left. Phones place their dots; 'dots GROUP ITEM N' keys in a paper vote.

                Example: workshop vote stirling-2015 open try-first --dots 3
                """)

        static let completion = CompletionSpec(
            positionals: [.words(["open", "close"]), .custom { source, typed in typed.first == "open" ? source.prompts : [] }],
            options: ["--on": .words(Items.allCases.map(\.rawValue))])

        @OptionGroup var target: SessionOptions

        @Argument(help: ArgumentHelp("'open PROMPT', 'close', or nothing to show the open vote.", valueName: "words"))
        var words: [String] = []

        @Option(help: "What the dots go on: ideas or themes (default: themes when the prompt has some).")
        var on: Items?

        @Option(help: "Dots each group places (default: the plan's 'dots:', else \(WorkshopKit.Vote.defaultDots)).")
        var dots: Int?

        @Option(name: .customLong("per-item"), help: "The most dots a group may place on one item (default: the plan's 'dots-per-item:').")
        var perItem: Int?

        @Flag(name: .customLong("hide-count"), help: "Hide the running count on the projector until the vote closes.")
        var hideCount = false

        enum Items: String, ExpressibleByArgument, CaseIterable { case ideas, themes }

        func run(session: Session, context: CommandContext) throws {
            let state = session.state
            switch words.first {
            case "open"?:
                guard words.count <= 2 else { throw CommandFailure("vote open: one prompt, e.g. 'vote open try-first'") }
                let prompt = try IdeaContext.prompt(words.count == 2 ? words[1] : nil, in: state, command: "vote open", ask: "name one")
                let wall = state.ideaWall
                let items: WorkshopKit.Vote.Items = on.map { $0 == .ideas ? .ideas : .themes }
                    ?? (wall.themes(prompt: prompt).isEmpty ? .ideas : .themes)
                let vote = WorkshopKit.Vote(prompt: prompt, on: items, dots: dots ?? state.plan.dots ?? WorkshopKit.Vote.defaultDots,
                                            perItem: perItem ?? state.plan.dotsPerItem, hidesCount: hideCount)
                try session.record(.vote(vote), by: context.facilitator)
                context.console.out(TerminalText.clean("voting open on the \(items.rawValue) of \(prompt): \(dotCount(vote.dots)) a group"
                    + (vote.perItem.map { ", at most \($0) on one" } ?? "") + (vote.hidesCount ? "; the count is hidden until it closes" : "")))
            case "close"?:
                guard words.count == 1 else { throw CommandFailure("vote close: nothing follows 'close'; it closes the open vote") }
                try refuseOptions("close")
                guard var vote = state.ideaWall.openVote else { throw CommandFailure("vote close: no vote is open") }
                vote.isOpen = false
                try session.record(.vote(vote), by: context.facilitator)
                context.console.out("voting closed on \(vote.prompt)")
                for line in VoteRenderer(state: session.state, prompt: vote.prompt, width: context.terminal.columns).lines {
                    context.console.out(line)
                }
            case nil:
                try refuseOptions("")
                // The open vote; else the results of every vote held, in the plan's order of prompts.
                let wall = state.ideaWall
                let prompts = wall.openVote.map { [$0.prompt] } ?? state.plan.prompts.map(\.id).filter { wall.votes[$0] != nil }
                guard !prompts.isEmpty else { context.console.out("no vote yet; 'vote open PROMPT' opens one"); return }
                for prompt in prompts {
                    for line in VoteRenderer(state: state, prompt: prompt, width: context.terminal.columns).lines { context.console.out(line) }
                }
            case let word?:
                throw CommandFailure("vote: '\(TerminalText.clean(word))' is not 'open' or 'close'; 'vote open PROMPT' opens a vote")
            }
        }

        /// The options set a vote's terms: only `vote open` takes them.
        private func refuseOptions(_ verb: String) throws {
            guard on == nil, dots == nil, perItem == nil, !hideCount else {
                throw CommandFailure("vote\(verb.isEmpty ? "" : " " + verb): --on, --dots, --per-item and --hide-count go with 'vote open'")
            }
        }
    }
}
