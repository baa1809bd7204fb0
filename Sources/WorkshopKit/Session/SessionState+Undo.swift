extension SessionState {
    /// Marks the record `target` undone (or, for redo, active again) and returns its entry index.
    /// The target is almost always on top of its author's stack; a merged journal may need a search.
    mutating func revert(_ target: UInt64, by person: Int, redo: Bool) throws(ReplayProblem) -> Int32 {
        // Read in place: a local copy of the stack would make the removal below copy it whole.
        let stackIndex = redo
            ? redoStacks[person].lastIndex { entries[Int($0)].id == target }
            : undoStacks[person].lastIndex { entries[Int($0)].id == target }
        let fromStack = stackIndex.map { redo ? redoStacks[person][$0] : undoStacks[person][$0] }
        guard let found = fromStack ?? entries.lastIndex(where: { $0.id == target }).map(Int32.init),
              entries[Int(found)].kind.isUndoable, entries[Int(found)].active != redo
        else {
            throw .unknownTarget(RecordID.format(target))
        }
        // Checked first, changed after: a refused undo leaves the stacks as they were.
        if let stackIndex {
            if redo { redoStacks[person].remove(at: stackIndex) } else { undoStacks[person].remove(at: stackIndex) }
        }
        setActive(Int(found), redo)
        if redo {
            undoStacks[person].append(found)
        } else {
            redoStacks[person].append(found)
        }
        return found
    }

    private mutating func setActive(_ index: Int, _ active: Bool) {
        entries[index].active = active
        let entry = entries[index]
        switch entry.kind {
        case .answer, .withdraw:
            let cell = Int(entry.cell)
            var newest = cellNewest[cell]
            while newest >= 0 && !entries[Int(newest)].active { newest = previousInCell[Int(newest)] }
            cellCurrent[cell] = newest
        case .addActivity:
            activityActive[Int(entry.extra)] = active
        case .addGroup:
            groupActive[Int(entry.extra)] = active
        case .close:
            isClosed = active
        case .note, .start, .undo, .redo, .weight:
            break
        }
    }

    /// The record `undo` by `person` would take back, if any.
    func undoCandidate(for person: String) -> Int32? {
        guard let index = people.index(of: person), Int(index) < undoStacks.count else { return nil }
        return undoStacks[Int(index)].last
    }

    /// The record `redo` by `person` would re-apply, if any.
    func redoCandidate(for person: String) -> Int32? {
        guard let index = people.index(of: person), Int(index) < redoStacks.count else { return nil }
        return redoStacks[Int(index)].last
    }
}
