import Foundation
import WorkshopKit

/// How an error is shown, the same at the shell and at the prompt: one line, `error: ` and what
/// went wrong and how to fix it. The library's errors stay typed until here; this is where the
/// words that name our flags (`--group`, `--as`, `--force`, `--root`) are added.
enum ErrorReport {
    /// The one-line message for `error`, for the command named `command` when it is known, worded for
    /// the door it is shown at.
    static func message(for error: any Error, command: String? = nil, door: ErrorDoor = .shell) -> String {
        switch error {
        case let failure as CommandFailure: return failure.message
        case let failure as RootFailure: return message(for: failure)
        case let error as SessionError: return message(for: error, door: door)
        case let error as JournalError: return message(for: error)
        case let error as ProjectError: return message(for: error)
        case let error as AtomicFile.Failure: return message(for: error)
        case let error as SeriesError: return message(for: error)
        case let error as ComparisonError: return error.description
        case let error as MergeRefusal: return message(for: error)
        case let error as Tokenizer.Failure: return error.description
        case let error as ICSExporter.Failure: return error.description
        case let error as CarryIn.Failure: return message(for: error)
        default: return ParserMessage.text(for: error, command: command, door: door)
        }
    }

    static func message(for error: MergeRefusal) -> String {
        guard case let .sameGroups(path, groups) = error else { return error.description }
        let list = groups.map { "'\($0)'" }.joined(separator: ", ")
        return "both journals hold answers from group\(groups.count == 1 ? "" : "s") \(list) (this session and '\(path)'): "
            + "add --same-groups if they are the same groups (the later answer of a cell stands), or --room NAME if "
            + "they were another room's (its groups become NAME_\(groups[0])); nothing was merged"
    }

    static func message(for error: SessionError, door: ErrorDoor = .shell) -> String {
        switch error {
        case let .journal(journal):
            return message(for: journal)
        case let .unknown(kind, text, suggestion, _) where kind == "group":
            return unknownGroup(text, suggestion: suggestion, door: door)
        case let .missing(kind, candidates) where kind == "group" || kind == "criterion":
            return "which \(kind)? add --\(kind) (\(candidates.joined(separator: ", ")))"
        case .noCriteria:
            return "\(error); leave out --criterion"
        default:
            return error.description
        }
    }

    static func message(for error: JournalError) -> String {
        switch error {
        case let .alreadyExists(path): return "'\(path)' already exists; choose another name with --as"
        case let .damaged(path, line, _):
            // The place leads the line, and the line is already labelled "error:" where it is printed.
            return error.description.replacingOccurrences(of: "\(path):\(line): error: ", with: "\(path):\(line): ")
        default: return error.description
        }
    }

    static func message(for error: ProjectError) -> String {
        switch error {
        case let .notAProject(root):
            return "'\(root)' has no 'personas/' or 'sessions/' folder; run in a workshop folder or pass --root DIR"
        default: return error.description
        }
    }

    static func message(for error: SeriesError) -> String {
        switch error {
        case let .unknown(name, available):
            guard let nearest = Suggestion.closest(to: name, in: available) else { return error.description }
            return "unknown series '\(name)'; did you mean '\(nearest)'?"
        default: return error.description
        }
    }

    static func message(for error: CarryIn.Failure) -> String {
        switch error {
        case let .unreadable(session, meeting, reason):
            return "cannot carry the open actions in from meeting \(meeting) ('\(session)'): "
                + "\(message(for: reason)); fix that journal, or start with --no-carry"
        }
    }

    static func message(for error: AtomicFile.Failure) -> String {
        switch error {
        case let .exists(path): return "'\(path)' already exists; add --force to replace it"
        default: return error.description
        }
    }
}
