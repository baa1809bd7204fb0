extension SessionState {
    /// Applies one journal record after `start`. Refuses (throws) anything that does not fit the
    /// session, so a damaged or hand-broken line is reported rather than silently misread.
    mutating func apply(_ fields: LineFields) throws(ReplayProblem) {
        guard let typeBytes = fields[.type] else { throw .missing(key: "type") }
        guard let kind = RecordKind(bytes: typeBytes) else {
            throw .unknownType(String(decoding: typeBytes, as: UTF8.self))
        }
        if kind == .start { throw .secondStart }
        guard let idBytes = fields[.id] else { throw .missing(key: "id") }
        guard let id = RecordID.parse(idBytes) else { throw .badValue(key: "id", value: String(decoding: idBytes, as: UTF8.self)) }
        guard let atBytes = fields[.at] else { throw .missing(key: "at") }
        guard let at = Timestamp.parse(atBytes) else {
            throw .badValue(key: "at", value: String(decoding: atBytes, as: UTF8.self))
        }
        let by = fields[.by].map { people.intern($0) } ?? people.intern("")
        if Int(by) >= undoStacks.count {
            undoStacks.append([])
            redoStacks.append([])
        }
        if isClosed && kind != .undo && kind != .redo { throw .closed }
        var entry = Entry(id: id, at: at, cell: -1, extra: -1, by: Int16(by), value: 0, kind: kind, active: true)
        switch kind {
        case .answer, .withdraw:
            let cell = try cell(fields)
            entry.cell = cell
            if kind == .answer {
                entry.value = try answerValue(fields)
                if let note = fields.string(.note) {
                    noteEntries.append(Int32(entries.count))
                    entry.extra = Int32(notes.count)
                    notes.append(noteRecord(text: note, cell: cell, at: at, by: by))
                }
            } else {
                entry.value = Entry.withdrawn
            }
            let index = Int32(entries.count)
            previousInCell.append(cellNewest[Int(cell)])
            cellNewest[Int(cell)] = index
            cellCurrent[Int(cell)] = index
        case .note:
            let note = try note(fields, at: at, by: by)
            noteEntries.append(Int32(entries.count))
            entry.extra = Int32(notes.count)
            notes.append(note)
        case .addActivity:
            let activityID = try text(fields, .activity)
            guard Identifier.isValid(activityID) else { throw .badValue(key: "activity", value: activityID) }
            if let existing = activityIDs.index(of: activityID) {
                guard !activityActive[Int(existing)] else { throw .badValue(key: "activity", value: activityID) }
                activityActive[Int(existing)] = true
                entry.extra = existing
            } else {
                entry.extra = activityIDs.intern(activityID)
                activityActive.append(true)
                plan.activities.append(Activity(
                    id: activityID, title: fields.string(.title) ?? activityID,
                    description: fields.string(.description) ?? "", stage: fields.string(.stage)))
            }
        case .addGroup:
            let groupID = try text(fields, .group)
            guard Identifier.isValid(groupID) else { throw .badValue(key: "group", value: groupID) }
            if let existing = groupIDs.index(of: groupID) {
                guard !groupActive[Int(existing)] else { throw .badValue(key: "group", value: groupID) }
                groupActive[Int(existing)] = true
                entry.extra = existing
            } else {
                entry.extra = groupIDs.intern(groupID)
                groupActive.append(true)
            }
        case .undo, .redo:
            guard let targetBytes = fields[.target] else { throw .missing(key: "target") }
            guard let target = RecordID.parse(targetBytes) else {
                throw .badValue(key: "target", value: String(decoding: targetBytes, as: UTF8.self))
            }
            entry.extra = try revert(target, by: Int(by), redo: kind == .redo)
        case .close:
            isClosed = true
        case .weight:
            guard let personaBytes = fields[.persona] else { throw .missing(key: "persona") }
            let personaText = String(decoding: personaBytes, as: UTF8.self)
            guard let persona = plan.personas.firstIndex(of: personaText) else { throw .unknown(kind: "persona", id: personaText) }
            let weightText = try text(fields, .weight)
            guard let weight = Double(weightText), weight.isFinite, weight >= 0 else {
                throw .badValue(key: "weight", value: weightText)
            }
            weightRecords.append((Int32(entries.count), persona, weight))
            entry.extra = Int32(weightRecords.count - 1)
        case .start:
            throw .secondStart
        }
        if kind.isUndoable {
            undoStacks[Int(by)].append(Int32(entries.count))
            if !redoStacks[Int(by)].isEmpty { redoStacks[Int(by)].removeAll(keepingCapacity: true) }
        }
        if kind != .answer && kind != .withdraw { previousInCell.append(-1) }
        entries.append(entry)
    }

    private func text(_ fields: LineFields, _ field: LineFields.Field) throws(ReplayProblem) -> String {
        guard let value = fields.string(field), !value.isEmpty else { throw .missing(key: field.key) }
        return value
    }

    /// The cell an answer or withdrawal names, created on first use.
    private mutating func cell(_ fields: LineFields) throws(ReplayProblem) -> Int32 {
        guard let activityBytes = fields[.activity] else { throw .missing(key: "activity") }
        guard let personaBytes = fields[.persona] else { throw .missing(key: "persona") }
        guard let groupBytes = fields[.group] else { throw .missing(key: "group") }
        let activity = activityIDs.intern(activityBytes)
        guard Int(activity) < activityActive.count, activityActive[Int(activity)] else {
            throw .unknown(kind: "activity", id: String(decoding: activityBytes, as: UTF8.self))
        }
        let persona = personaIDs.intern(personaBytes)
        guard Int(persona) < plan.personas.count else {
            throw .unknown(kind: "persona", id: String(decoding: personaBytes, as: UTF8.self))
        }
        let group = groupIDs.intern(groupBytes)
        guard Int(group) < groupActive.count, groupActive[Int(group)] else {
            throw .unknown(kind: "group", id: String(decoding: groupBytes, as: UTF8.self))
        }
        let criterion: Int32
        if let criterionBytes = fields[.criterion] {
            criterion = criterionIDs.intern(criterionBytes)
            guard Int(criterion) < max(plan.criteria.count, 1), !plan.criteria.isEmpty else {
                throw .unknown(kind: "criterion", id: String(decoding: criterionBytes, as: UTF8.self))
            }
        } else {
            guard plan.criteria.isEmpty else { throw .missing(key: "criterion") }
            criterion = 0
        }
        let key = Self.pack(activity: activity, persona: persona, group: group, criterion: criterion)
        if let index = cellIndex[key] { return index }
        let index = Int32(cellKeys.count)
        cellIndex.insert(key, index)
        cellKeys.append(key)
        cellNewest.append(-1)
        cellCurrent.append(-1)
        return index
    }

    private mutating func answerValue(_ fields: LineFields) throws(ReplayProblem) -> Int16 {
        guard let bytes = fields[.answer] else { throw .missing(key: "answer") }
        let index = Int(answerKeys.intern(bytes))
        if index == answerLevels.count {
            let key = answerKeys[Int32(index)]
            if key == Scale.unsureKey {
                answerLevels.append(Entry.unsure)
            } else {
                answerLevels.append(plan.scale.index(ofKey: key).map { Int16($0) } ?? Self.invalidAnswer)
            }
        }
        let level = answerLevels[index]
        if level == Self.invalidAnswer { throw .answerNotOnScale(answerKeys[Int32(index)]) }
        return level
    }

    private func noteRecord(text: String, cell: Int32, at: Int64, by: Int32) -> Note {
        Note(text: text, target: NoteTarget(cell: unpack(cellKeys[Int(cell)])), at: at, by: people[by])
    }

    private func note(_ fields: LineFields, at: Int64, by: Int32) throws(ReplayProblem) -> Note {
        let text = try text(fields, .text)
        let target = NoteTarget(
            activity: fields.string(.activity), persona: fields.string(.persona), group: fields.string(.group),
            criterion: fields.string(.criterion), prompt: fields.string(.prompt))
        if let activity = target.activity, activityIDs.index(of: activity) == nil {
            throw .unknown(kind: "activity", id: activity)
        }
        if let persona = target.persona, personaIDs.index(of: persona) == nil { throw .unknown(kind: "persona", id: persona) }
        if let group = target.group, groupIDs.index(of: group) == nil { throw .unknown(kind: "group", id: group) }
        if let prompt = target.prompt, !plan.prompts.contains(where: { $0.id == prompt }) {
            throw .unknown(kind: "prompt", id: prompt)
        }
        return Note(text: text, target: target, at: at, by: people[by])
    }
}
