import WorkshopModel

/// The actions a session knows (agreed here or carried in) and the reviews recorded for them, each
/// with the entry that made it, so undo can take either back.
package struct ActionBook: Sendable {
    package private(set) var actions: [(entry: Int32, action: Action)] = []
    package private(set) var reviews: [(entry: Int32, action: Int, review: Action.Review)] = []
    /// How many actions the series had agreed before this session (numbers continue from it).
    package let base: Int

    package init(base: Int) {
        self.base = base
    }

    /// A book as a checkpoint kept it.
    package init(base: Int, agreedHere: Int, actions: [(entry: Int32, action: Action)],
         reviews: [(entry: Int32, action: Int, review: Action.Review)]) {
        self.base = base
        self.agreedHere = agreedHere
        self.actions = actions
        self.reviews = reviews
    }

    /// How many actions were agreed at this meeting, undone ones included, so numbers never repeat.
    package private(set) var agreedHere = 0

    /// The number the next action agreed here gets.
    package var nextNumber: Int { base + agreedHere + 1 }

    package mutating func add(_ action: Action, entry: Int32) -> Int32 {
        if !action.isCarried { agreedHere += 1 }
        actions.append((entry, action))
        return Int32(actions.count - 1)
    }

    /// The index of the action with record id `id`, if the session knows it.
    package func index(of id: UInt64) -> Int? {
        actions.lastIndex { $0.action.id == id }
    }

    /// Blanks an action's wording (text and every owner); returns whether it had any.
    package mutating func redact(action index: Int) -> Bool {
        let had = !actions[index].action.isRedacted || !actions[index].action.owners.isEmpty
        actions[index].action.text = Action.redactedText
        actions[index].action.owners = []
        actions[index].action.isRedacted = true
        return had
    }

    /// Blanks a review's note; returns whether it had one.
    package mutating func redact(review index: Int) -> Bool {
        defer { reviews[index].review.note = nil }
        return reviews[index].review.note != nil
    }

    package mutating func review(_ index: Int, _ review: Action.Review, entry: Int32) -> Int32 {
        reviews.append((entry, index, review))
        return Int32(reviews.count - 1)
    }

    /// Actions whose records are in force, each with its latest review in force, in the order recorded.
    package func current(isActive: (Int32) -> Bool) -> [Action] {
        var latest: [Int: Action.Review] = [:]
        for review in reviews where isActive(review.entry) { latest[review.action] = review.review }
        return actions.indices.compactMap { index in
            guard isActive(actions[index].entry) else { return nil }
            var action = actions[index].action
            action.review = latest[index]
            return action
        }
    }
}
