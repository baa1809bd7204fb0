import WorkshopModel

/// The actions a session knows (agreed here or carried in) and the reviews recorded for them, each
/// with the entry that made it, so undo can take either back.
///
/// Numbers are unique. Two rooms that ran apart each number their own actions, so a merged journal
/// can hold two records of `#1`: the first in the journal keeps its number, and a later one takes
/// the lowest number above the series' base that no record holds. That number stays put as actions
/// are agreed after (each takes a number above every one in use); only another merge can move it.
package struct ActionBook: Sendable {
    package private(set) var actions: [(entry: Int32, action: Action)] = []
    /// The number each action's record holds, in the order of `actions`.
    package private(set) var recorded: [Int] = []
    private var inUse = Set<Int>()
    private var highest = 0
    package private(set) var reviews: [(entry: Int32, action: Int, review: Action.Review)] = []
    /// How many actions the series had agreed before this session (numbers continue from it).
    package let base: Int

    package init(base: Int) {
        self.base = base
    }

    /// A book as a checkpoint kept it.
    package init(base: Int, agreedHere: Int, actions: [(entry: Int32, action: Action)], recorded: [Int],
         reviews: [(entry: Int32, action: Int, review: Action.Review)]) {
        self.base = base
        self.agreedHere = agreedHere
        self.actions = actions
        self.recorded = recorded
        self.reviews = reviews
        inUse = Set(actions.map(\.action.number))
        highest = inUse.max() ?? 0
    }

    /// How many actions were agreed at this meeting, undone ones included, so numbers never repeat.
    package private(set) var agreedHere = 0

    /// The number the next action agreed here gets.
    package var nextNumber: Int { max(base + agreedHere, highest) + 1 }

    package mutating func add(_ action: Action, entry: Int32) -> Int32 {
        if !action.isCarried { agreedHere += 1 }
        actions.append((entry, action))
        recorded.append(action.number)
        if inUse.insert(action.number).inserted {
            highest = max(highest, action.number)
        } else {
            renumber()
        }
        return Int32(actions.count - 1)
    }

    /// Every action's number worked out again from the records: the first record of a number keeps
    /// it, each later one takes the lowest number above the base that no record holds. A carry of
    /// the action that holds the number (two copies started the meeting apart and each carried it
    /// in) is the same action, not a clash. Only a merged journal gets here, once per number met again.
    private mutating func renumber() {
        let held = Set(recorded)
        var holder: [Int: UInt64] = [:], spare = base
        for index in actions.indices {
            let action = actions[index].action
            if holder[recorded[index]] == nil || (action.isCarried && holder[recorded[index]] == action.id) {
                holder[recorded[index]] = action.id
                actions[index].action.number = recorded[index]
                continue
            }
            repeat { spare += 1 } while held.contains(spare)
            actions[index].action.number = spare
        }
        inUse = Set(actions.map(\.action.number))
        highest = inUse.max() ?? 0
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
