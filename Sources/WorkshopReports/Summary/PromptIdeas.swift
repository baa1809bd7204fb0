import WorkshopModel
import WorkshopSession

/// The room's ideas for one prompt of the plan, as the summary and every export show them: the ideas
/// grouped by theme (in the order the themes were made, the unthemed last) and the prompt's latest
/// vote ranked, the winners first. `SessionSummary.ideas` holds one per prompt with something to show.
public struct PromptIdeas: Hashable, Sendable, Codable {
    /// One idea as shown: its number, wording and where it came from.
    public struct Entry: Hashable, Sendable, Codable {
        public var number: Int
        /// `%7`.
        public var label: String
        /// The idea record's id (16 hex digits): what actions and other records point at.
        public var id: String
        /// Its latest wording; `[redacted]` when it was redacted.
        public var text: String
        public var group: String
        public var persona: String?
        public var activity: String?
        public var stage: String?
        public var theme: String?
        /// Its dots and rank ("1=") in a vote on ideas; absent otherwise, and for a hidden idea.
        public var dots: Int?
        public var rank: String?
        /// Present (true) only for a hidden idea shown because `--hidden` asked for it.
        public var hidden: Bool?
        /// Present (true) only when its wording was redacted.
        public var redacted: Bool?

        public var isHidden: Bool { hidden == true }
    }

    /// The ideas of one theme, in the order written; `theme` is nil for the ideas in no theme.
    public struct ThemeGroup: Hashable, Sendable, Codable {
        public var theme: String?
        public var ideas: [Entry]
    }

    /// One item of a vote's results.
    public struct Ranked: Hashable, Sendable, Codable {
        /// 1 for the most dots; items with as many dots share it, and the next rank skips (1, 1, 3).
        public var rank: Int
        /// "1", or "1=" when tied.
        public var rankLabel: String
        public var tied: Bool
        public var dots: Int
        /// The idea's number, in a vote on ideas.
        public var idea: Int?
        /// The theme's name, in a vote on themes.
        public var theme: String?
        /// What the room voted for, in words: the idea's text or the theme's name.
        public var text: String
    }

    /// The prompt's latest vote.
    public struct VoteResult: Hashable, Sendable, Codable {
        public var on: Vote.Items
        /// `open` while groups may still move their dots, else `closed`.
        public var status: String
        /// Dots each group had, and the most one group could put on one item (absent: no limit).
        public var dotsEach: Int
        public var perItem: Int?
        /// Groups that placed at least one dot.
        public var voters: Int
        /// Every item voted on, most dots first; items with none included.
        public var ranking: [Ranked]

        public var isOpen: Bool { status == "open" }
    }

    public var prompt: String
    /// The prompt's question, as the plan words it.
    public var question: String
    /// How many ideas are listed (hidden ones only with `--hidden`), and from how many groups.
    public var count: Int
    public var groups: Int
    /// Themes holding listed ideas, then the unthemed ideas.
    public var themes: [ThemeGroup]
    public var vote: VoteResult?

    /// Every listed idea, theme by theme.
    public var ideas: [Entry] { themes.flatMap(\.ideas) }

    /// The ranking's leaders: items with a dot whose rank is at most `top` (ties kept whole).
    public func leaders(top: Int = 3) -> [Ranked] {
        (vote?.ranking ?? []).filter { $0.dots > 0 && $0.rank <= top }
    }

    /// The dots and rank label of a theme in a vote on themes.
    public func result(theme: String) -> Ranked? {
        vote?.ranking.first { $0.theme == theme }
    }
}
