/// Ideas, themes and votes of a session as they stand: the records in force folded in journal order.
public struct IdeaWall: Hashable, Sendable {
    /// Every idea in force, withdrawn and hidden ones included (flagged), in the order written.
    public private(set) var ideas: [Idea] = []
    /// Theme names in the order they were first used; a theme with no idea left is dropped.
    public private(set) var themeOrder: [String] = []
    /// The latest vote of each prompt, by prompt id.
    public internal(set) var votes: [String: Vote] = [:]
    /// Dots placed: prompt, then group, then item.
    public private(set) var dots: [String: [String: [VoteItem: Int]]] = [:]
    private var position: [UInt64: Int] = [:]

    public init() {}

    /// The wall after `events`, in order.
    public init(_ events: some Sequence<IdeaEvent>) {
        for event in events { apply(event) }
    }

    public mutating func apply(_ event: IdeaEvent) {
        switch event {
        case let .idea(idea):
            position[idea.id] = ideas.count
            ideas.append(idea)
        case let .edit(id, text):
            change(id) { $0.text = $0.isRedacted ? Idea.redactedText : text; $0.edits += 1 }
        case let .mark(id, mark):
            change(id) { idea in
                switch mark {
                case .hidden: idea.isHidden = true
                case .shown: idea.isHidden = false
                case .withdrawn: idea.isWithdrawn = true
                }
            }
        case let .theme(name, ids):
            if let name, !themeOrder.contains(name) { themeOrder.append(name) }
            for id in ids { change(id) { $0.theme = name } }
        case let .renameTheme(from, to):
            for index in ideas.indices where ideas[index].theme == from { ideas[index].theme = to }
            if let at = themeOrder.firstIndex(of: from) {
                if themeOrder.contains(to) { themeOrder.remove(at: at) } else { themeOrder[at] = to }
            }
            moveDots(from: .theme(from), to: .theme(to))
        case let .vote(vote):
            votes[vote.prompt] = vote
        case let .dots(group, prompt, item, count):
            dots[prompt, default: [:]][group, default: [:]][item] = count == 0 ? nil : count
        }
    }

    private mutating func change(_ id: UInt64, _ body: (inout Idea) -> Void) {
        if let index = position[id] { body(&ideas[index]) }
    }

    private mutating func moveDots(from: VoteItem, to: VoteItem) {
        for (prompt, groups) in dots {
            for (group, items) in groups {
                guard let moved = items[from] else { continue }
                dots[prompt]?[group]?[from] = nil
                dots[prompt]?[group]?[to, default: 0] += moved
            }
        }
    }

    /// The idea with this record id, if the session has it.
    public func idea(_ id: UInt64) -> Idea? {
        position[id].map { ideas[$0] }
    }

    /// The idea numbered `number` (`%7`), if the session has it.
    public func idea(number: Int) -> Idea? {
        ideas.first { $0.number == number }
    }

    /// Ideas to list: not withdrawn, hidden ones only when asked for; optionally of one prompt or theme.
    public func listed(prompt: String? = nil, theme: String? = nil, hidden: Bool = false) -> [Idea] {
        ideas.filter { idea in
            !idea.isWithdrawn && (hidden || !idea.isHidden) && (prompt == nil || idea.prompt == prompt)
                && (theme == nil || idea.theme == theme)
        }
    }

    /// Themes that hold at least one shown idea, in the order first used; of one prompt if named.
    public func themes(prompt: String? = nil) -> [String] {
        let used = Set(listed(prompt: prompt).compactMap(\.theme))
        return themeOrder.filter(used.contains)
    }

    /// Every theme name in use, hidden and withdrawn ideas' included (for `theme rename`).
    public var allThemes: [String] {
        let used = Set(ideas.filter { !$0.isWithdrawn }.compactMap(\.theme))
        return themeOrder.filter(used.contains)
    }

    /// The vote open now, if any.
    public var openVote: Vote? {
        votes.values.filter(\.isOpen).min { $0.prompt < $1.prompt }
    }
}
