import WorkshopSession

/// When a change between two meetings is called a trend: only when both sides rest on enough
/// answers. A change on one or two answers is still shown, marked as resting on too few.
public struct ChangeRule: Hashable, Sendable, Codable {
    /// Answers other than unsure that each side of a cell needs.
    public var minimumAnswers: Int

    public init(minimumAnswers: Int = 3) {
        self.minimumAnswers = minimumAnswers
    }

    /// Whether a change between cells resting on `before` and `after` answers is called a trend.
    public func calls(_ before: Int, _ after: Int) -> Bool {
        before >= minimumAnswers && after >= minimumAnswers
    }

    /// The rule in words, for the methods line of every rendering.
    public var statement: String {
        "a change is called a trend (▲ up, ▼ down) only when both sides rest on at least \(minimumAnswers) "
            + "answers other than '?' and the change's 95% bootstrap interval leaves out zero; any other change "
            + "is shown with '~' and not called"
    }
}
