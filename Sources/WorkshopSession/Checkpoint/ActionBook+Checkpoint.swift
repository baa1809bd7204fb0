import WorkshopModel
import WorkshopSupport

/// Actions and reviews in a checkpoint: every field, in a fixed order.
extension ActionBook {
    package func write(to writer: inout BinaryWriter) {
        writer.int(Int64(base))
        writer.int(Int64(agreedHere))
        writer.int(UInt32(actions.count))
        for (index, (entry, action)) in actions.enumerated() {
            writer.int(entry)
            Self.write(action, to: &writer)
            writer.int(Int64(recorded[index]))
        }
        writer.int(UInt32(reviews.count))
        for (entry, action, review) in reviews {
            writer.int(entry)
            writer.int(Int64(action))
            Self.write(review, to: &writer)
        }
    }

    package init(reading reader: inout BinaryReader, entries: Int) throws(BinaryReader.Invalid) {
        let base = Int(try reader.int(Int64.self)), agreedHere = Int(try reader.int(Int64.self))
        var actions: [(entry: Int32, action: Action)] = [], recorded: [Int] = []
        for _ in 0..<Int(try reader.int(UInt32.self)) {
            actions.append((try Self.entry(&reader, below: entries), try Self.action(&reader)))
            recorded.append(Int(try reader.int(Int64.self)))
        }
        var reviews: [(entry: Int32, action: Int, review: Action.Review)] = []
        for _ in 0..<Int(try reader.int(UInt32.self)) {
            let entry = try Self.entry(&reader, below: entries), action = Int(try reader.int(Int64.self))
            guard actions.indices.contains(action) else { throw BinaryReader.Invalid() }
            reviews.append((entry, action, try Self.review(&reader)))
        }
        self.init(base: base, agreedHere: agreedHere, actions: actions, recorded: recorded, reviews: reviews)
    }

    private static func entry(_ reader: inout BinaryReader, below count: Int) throws(BinaryReader.Invalid) -> Int32 {
        let entry = try reader.int(Int32.self)
        guard entry >= 0, Int(entry) < count else { throw BinaryReader.Invalid() }
        return entry
    }

    private static func write(_ action: Action, to writer: inout BinaryWriter) {
        writer.int(action.id)
        writer.int(Int64(action.number))
        writer.string(action.text)
        writer.int(Int64(action.owners.count))
        for owner in action.owners { writer.string(owner) }
        for text in [action.due?.text, action.activity, action.persona, action.prompt] {
            writer.optional(text)
        }
        writer.string(action.agreedIn)
        writer.optional(action.agreedOn)
        writer.int(Int64(action.carries))
        writer.optional(action.earlierStatus?.rawValue)
        writer.bool(action.review != nil)
        if let review = action.review { write(review, to: &writer) }
        writer.bool(action.isRedacted)
        writer.bool(action.idea != nil)
        writer.int(action.idea ?? 0)
    }

    private static func action(_ reader: inout BinaryReader) throws(BinaryReader.Invalid) -> Action {
        let id = try reader.int(UInt64.self), number = Int(try reader.int(Int64.self)), text = try reader.string()
        let ownerCount = try reader.int(Int64.self)
        guard (0...Int64(TextLimit.owner * 4)).contains(ownerCount) else { throw BinaryReader.Invalid() }
        var owners: [String] = []
        for _ in 0..<ownerCount { owners.append(try reader.string()) }
        let due = try reader.optional().map { (text) throws(BinaryReader.Invalid) in
            guard let due = DueDate(stored: text) else { throw BinaryReader.Invalid() }
            return due
        }
        let activity = try reader.optional(), persona = try reader.optional(), prompt = try reader.optional()
        let agreedIn = try reader.string(), agreedOn = try reader.optional(), carries = Int(try reader.int(Int64.self))
        let earlier = try reader.optional().map { (text) throws(BinaryReader.Invalid) in try status(text) }
        let review = try reader.bool() ? try Self.review(&reader) : nil
        var action = Action(
            id: id, number: number, text: text, owners: owners, due: due, activity: activity, persona: persona,
            prompt: prompt, agreedIn: agreedIn, agreedOn: agreedOn, carries: carries, earlierStatus: earlier,
            review: review, isRedacted: try reader.bool())
        let fromIdea = try reader.bool(), idea = try reader.int(UInt64.self)
        action.idea = fromIdea ? idea : nil
        return action
    }

    private static func write(_ review: Action.Review, to writer: inout BinaryWriter) {
        writer.string(review.status.rawValue)
        writer.optional(review.note)
        writer.int(review.at)
        writer.string(review.by)
    }

    private static func review(_ reader: inout BinaryReader) throws(BinaryReader.Invalid) -> Action.Review {
        let status = try status(try reader.string()), note = try reader.optional(), at = try reader.int(Int64.self)
        guard Timestamp.range.contains(at) else { throw BinaryReader.Invalid() }
        return Action.Review(status: status, note: note, at: at, by: try reader.string())
    }

    private static func status(_ text: String) throws(BinaryReader.Invalid) -> ActionStatus {
        guard let status = ActionStatus(rawValue: text) else { throw BinaryReader.Invalid() }
        return status
    }
}
