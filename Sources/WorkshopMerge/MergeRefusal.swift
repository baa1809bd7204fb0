import WorkshopModel
import WorkshopSession

/// Why a merge was refused. Nothing is written when one is thrown.
public enum MergeRefusal: Error, Equatable, CustomStringConvertible {
    /// A journal that cannot be read as one (no start record, a line that is not a record).
    case unreadable(path: String, line: Int, problem: String)
    /// A journal of another plan.
    case otherPlan(path: String, plan: String, expected: String)
    /// The same plan, but its snapshot differs in more than activities and groups added.
    case otherSnapshot(path: String, plan: String, part: String)
    /// Both sides answered in groups of the same ids: the same groups, or different rooms?
    case sameGroups(path: String, groups: [String])
    /// A room name that would not make valid group ids.
    case invalidID(Identifier.Invalid)
    /// The merged records do not replay (a rule of the journal they break together).
    case wouldNotReplay(path: String, problem: String)
    /// This copy was merged before under another rule for its groups, kept in the journal.
    case contradictsRule(path: String, recorded: String, given: String, record: UInt64?)
    /// A new record's free text is longer than its field takes at any door.
    case tooLong(path: String, record: UInt64, field: String, count: Int, limit: Int)

    public var description: String {
        switch self {
        case let .unreadable(path, line, problem):
            return "'\(path)' line \(line) cannot be merged: \(problem); nothing was merged"
        case let .otherPlan(path, plan, expected):
            return "'\(path)' is a journal of plan '\(plan)', not '\(expected)'; nothing was merged"
        case let .otherSnapshot(path, plan, part):
            return "'\(path)' holds plan '\(plan)' with different \(part); only activities and groups added "
                + "during a session may differ; nothing was merged"
        case let .sameGroups(path, groups):
            let list = groups.map { "'\($0)'" }.joined(separator: ", ")
            return "both journals hold answers from group\(groups.count == 1 ? "" : "s") \(list) ('\(path)' and "
                + "this session); nothing was merged"
        case let .invalidID(invalid):
            return invalid.description
        case let .wouldNotReplay(path, problem):
            return "merging '\(path)' would give a journal that does not replay (\(problem)); nothing was merged"
        case let .contradictsRule(path, recorded, given, record):
            let evidence = record.map { "kept in the journal, record \(RecordID.format($0))" }
                ?? "the records both hold are renamed so here"
            return "'\(path)' was merged into this session before with \(recorded) (\(evidence)), not \(given): "
                + "merge it again with no option or with \(recorded); nothing was merged"
        case let .tooLong(path, record, field, count, limit):
            return "'\(path)' record \(RecordID.format(record)): its '\(field)' is \(count) characters, over the limit of "
                + "\(limit); shorten or redact it in that copy and merge again; nothing was merged"
        }
    }
}
