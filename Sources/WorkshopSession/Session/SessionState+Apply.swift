import WorkshopModel

extension SessionState {
    /// Applies one journal record after `start`. Refuses (throws) anything that does not fit the
    /// session, so a damaged or hand-broken line is reported rather than silently misread.
    package mutating func apply(_ fields: LineFields) throws(ReplayProblem) {
        guard let typeBytes = fields[.type] else { throw .missing(key: "type") }
        guard let kind = RecordKind(bytes: typeBytes) else {
            let type = String(decoding: typeBytes, as: UTF8.self)
            if format > JournalFormat.current { throw .newerFormat(kind: type, format: format, writer: writer) }
            // A kind added after format 2 names its format on its own line: a newer version may have
            // appended it to a journal an older one started.
            if let own = fields.string(.format).flatMap({ Int($0) }), own > JournalFormat.current {
                throw .newerFormat(kind: type, format: own, writer: nil)
            }
            throw .unknownType(type)
        }
        if kind == .start { throw .secondStart }
        guard let idBytes = fields[.id] else { throw .missing(key: "id") }
        guard let id = RecordID.parse(idBytes) else { throw .badValue(key: "id", value: String(decoding: idBytes, as: UTF8.self)) }
        guard let atBytes = fields[.at] else { throw .missing(key: "at") }
        guard let at = Timestamp.parse(atBytes) else {
            throw .badValue(key: "at", value: String(decoding: atBytes, as: UTF8.self))
        }
        let by = fields[.by].map { people.intern($0) } ?? people.intern("")
        guard let person = Int16(exactly: by) else { throw .tooMany(kind: "person", limit: Int(Int16.max)) }
        // A closed session still takes undo, redo and redactions (text must go even after the meeting),
        // and a batch of undos or redos (`undo --walk`, `undo --count`): `joinBatch` refuses any other
        // line of a batch begun while closed, and each line is still checked here on its own.
        if isClosed && !kind.appliesWhenClosed { throw .closed }
        let inBatch = try joinBatch(kind: kind, mark: fields[.batch])
        let index = Int32(entries.count)
        var entry = Entry(id: id, at: at, cell: -1, payload: .none, by: person, value: 0, kind: kind, active: true)
        switch kind {
        case .answer, .withdraw:
            entry.cell = cells.cell(for: try ids.key(fields))
            if kind == .answer {
                entry.value = try answerKeys.value(of: try bytes(fields, .answer), on: plan.scale)
                if let text = fields.string(.note) {
                    entry.payload = .note(Int32(notes.count))
                    let target = NoteTarget(cell: ids.cell(cells.key(of: Int(entry.cell))))
                    notes.append((index, Note(text: text, target: target, at: at, by: people[by])))
                }
            } else {
                entry.value = Entry.withdrawn
            }
        case .note:
            entry.payload = .note(Int32(notes.count))
            notes.append((index, try note(fields, at: at, by: by)))
        case .addActivity:
            let activityID = try text(fields, .activity)
            guard Identifier.isValid(activityID) else { throw .badValue(key: "activity", value: activityID) }
            let added = try ids.add(activity: activityID)
            entry.payload = .activity(added.index)
            if added.isNew {
                plan.activities.append(Activity(
                    id: activityID, title: fields.string(.title).flatMap { $0.isEmpty ? nil : $0 } ?? activityID,
                    description: fields.string(.description) ?? "", stage: fields.string(.stage)))
            }
        case .addGroup:
            let groupID = try text(fields, .group)
            guard Identifier.isValid(groupID) else { throw .badValue(key: "group", value: groupID) }
            entry.payload = .group(try ids.add(group: groupID).index)
        case .undo, .redo:
            let targetBytes = try bytes(fields, .target)
            guard let target = RecordID.parse(targetBytes) else {
                throw .badValue(key: "target", value: String(decoding: targetBytes, as: UTF8.self))
            }
            entry.payload = .target(try revert(target, by: Int(by), kind == .redo ? .redo : .undo))
        case .close:
            isClosed = true
        case .weight:
            let personaText = String(decoding: try bytes(fields, .persona), as: UTF8.self)
            guard let persona = plan.personas.firstIndex(of: personaText) else { throw .unknown(kind: "persona", id: personaText) }
            let weightText = try text(fields, .weight)
            guard let weight = Double(weightText), weight.isFinite, weight >= 0 else {
                throw .badValue(key: "weight", value: weightText)
            }
            entry.payload = .weight(Int32(weights.count))
            weights.append((index, persona, weight))
        case .action, .carry, .review:
            entry.payload = try applyAction(kind, fields, entry: index, id: id, at: at, by: people[by])
        case .redact:
            entry.payload = try applyRedaction(fields, entry: index)
        case .batch:
            entry.value = try beginBatch(fields, header: index, id: id)
        case .mergeRule:
            break  // read by the next merge, not by replay
        case .idea, .ideaEdit, .ideaMark, .theme, .themeRename, .vote, .dot:
            entry.payload = try applyIdea(kind, fields, entry: index, id: id, at: at, by: people[by])
        case .start:
            throw .secondStart
        }
        if kind == .answer, let walk = fields[.walk] {
            guard let mark = RecordID.parse(walk) else { throw .badValue(key: "walk", value: String(decoding: walk, as: UTF8.self)) }
            walks.add(index, walk: mark)
        }
        // A batch is one change: its head goes on the undo stack once all its lines are in.
        if kind.isUndoable, kind != .batch, !inBatch { ledger.push(index, by: Int(by)) }
        cells.record(entry: index, in: entry.cell >= 0 ? entry.cell : nil)
        entries.append(entry)
        if inBatch { closeBatchLine(kind) }
    }

    package func bytes(_ fields: LineFields, _ field: LineFields.Field) throws(ReplayProblem) -> UnsafeRawBufferPointer {
        guard let value = fields[field] else { throw .missing(key: field.key) }
        return value
    }

    package func text(_ fields: LineFields, _ field: LineFields.Field) throws(ReplayProblem) -> String {
        guard let value = fields.string(field), !value.isEmpty else { throw .missing(key: field.key) }
        return value
    }

    private func note(_ fields: LineFields, at: Int64, by: Int32) throws(ReplayProblem) -> Note {
        // Empty only when redacted: the note stays in the log, out of summaries.
        guard let text = fields.string(.text) else { throw .missing(key: "text") }
        let target = NoteTarget(
            activity: fields.string(.activity), persona: fields.string(.persona), group: fields.string(.group),
            criterion: fields.string(.criterion), prompt: fields.string(.prompt))
        if let activity = target.activity, ids.activities.index(of: activity) == nil {
            throw .unknown(kind: "activity", id: activity)
        }
        if let persona = target.persona, ids.personas.index(of: persona) == nil {
            throw .unknown(kind: "persona", id: persona)
        }
        if let group = target.group, ids.groups.index(of: group) == nil { throw .unknown(kind: "group", id: group) }
        if let prompt = target.prompt, !plan.prompts.contains(where: { $0.id == prompt }) {
            throw .unknown(kind: "prompt", id: prompt)
        }
        return Note(text: text, target: target, at: at, by: people[by])
    }
}
