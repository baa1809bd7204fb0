import WorkshopModel

/// The idea, theme, vote and dot records a session replayed, each with the entry that made it, so undo
/// can take any back; `IdeaWall` is folded from the ones in force when asked for.
package struct IdeaBoard: Sendable {
    package private(set) var events: [(entry: Int32, event: IdeaEvent)] = []
    /// How many idea records were replayed, undone ones included, so numbers never repeat.
    package private(set) var ideaCount = 0
    /// Where each idea's record is in `events`.
    private var ideaEvent: [UInt64: Int] = [:]

    package init() {}

    /// A board as a checkpoint kept it.
    package init(events: [(entry: Int32, event: IdeaEvent)]) {
        for (entry, event) in events { _ = add(event, entry: entry) }
    }

    package mutating func add(_ event: IdeaEvent, entry: Int32) -> Int32 {
        if case let .idea(idea) = event {
            ideaCount += 1
            ideaEvent[idea.id] = events.count
        }
        events.append((entry, event))
        return Int32(events.count - 1)
    }

    /// The number the next idea gets.
    package var nextNumber: Int { ideaCount + 1 }

    /// The idea recorded with this id, as written (before edits), if the session has it.
    package func recorded(_ id: UInt64) -> Idea? {
        guard let index = ideaEvent[id], case let .idea(idea) = events[index].event else { return nil }
        return idea
    }

    /// Blanks an idea's wording and every edit of it; returns the entries whose text went, for the
    /// journal's blanking (the idea's own entry first).
    package mutating func redact(idea id: UInt64) -> [Int32] {
        var blanked: [Int32] = []
        for index in events.indices {
            switch events[index].event {
            case var .idea(idea) where idea.id == id:
                if !idea.isRedacted { blanked.append(events[index].entry) }
                idea.text = Idea.redactedText
                idea.isRedacted = true
                events[index].event = .idea(idea)
            case let .edit(target, text) where target == id:
                if !text.isEmpty { blanked.append(events[index].entry) }
                events[index].event = .edit(idea: target, text: "")
            default:
                continue
            }
        }
        return blanked
    }

    /// The wall of the records for which `isActive` holds, in journal order.
    package func wall(isActive: (Int32) -> Bool) -> IdeaWall {
        var wall = IdeaWall()
        for (entry, event) in events where isActive(entry) { wall.apply(event) }
        return wall
    }
}

extension SessionState {
    /// Ideas, themes and votes as they stand: undone records left out, redacted wording blanked.
    public var ideaWall: IdeaWall {
        ideaBoard.wall { entries[Int($0)].active }
    }

    /// The idea a record is about (an idea or its edit or mark), for `redact` and `log`.
    package func ideaID(ofEntry index: Int) -> UInt64? {
        guard case let .idea(event) = entries[index].payload else { return nil }
        switch ideaBoard.events[Int(event)].event {
        case let .idea(idea): return idea.id
        case let .edit(id, _), let .mark(id, _): return id
        default: return nil
        }
    }
}
