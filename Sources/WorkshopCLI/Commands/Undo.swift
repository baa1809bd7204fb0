import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop undo SESSION`: take back your most recent change.
    struct Undo: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "undo",
            abstract: "Take back your most recent change (the undo is itself recorded).",
            discussion: """
                Undo works on the changes made by you ($WORKSHOP_FACILITATOR, else $USER), newest first, and \
                survives a restart. A row is one change. The answers of a 'rate' walk are changes each: \
                undo takes back the last one and says so; --walk takes back every answer of that walk \
                still standing. 'redo' puts back what undo took.

                Example: workshop undo stirling-2015 --count 3
                """,
            aliases: ["un"])

        @OptionGroup var target: SessionOptions

        @Option(help: "Take back this many changes, newest first.")
        var count: Int = 1

        @Flag(help: "Take back the whole 'rate' walk your last change was an answer of.")
        var walk = false

        func run(session: Session, context: CommandContext) throws {
            for line in try Workshop.revert(.undo, count: count, walk: walk, session: session, context: context) {
                Console.out(TerminalText.clean(line))
            }
        }
    }

    /// Records `count` undos or redos (or one of a whole walk) and says what each took or put back.
    static func revert(_ change: Change, count: Int, walk: Bool, session: Session, context: CommandContext) throws -> [String] {
        let undo: Bool
        if case .undo = change { undo = true } else { undo = false }
        let name = undo ? "undo" : "redo", person = context.facilitator
        if walk {
            guard count == 1 else { throw CommandFailure("\(name) --walk takes back one walk; leave out --count") }
            let size = try undo ? session.undoWalk(by: person) : session.redoWalk(by: person)
            return ["\(undo ? "undid" : "redid") a rate walk: \(size) answer\(size == 1 ? "" : "s")"
                + (undo ? " ('redo --walk' puts them back)" : "")]
        }
        guard count >= 1 else { throw CommandFailure("\(name) --count \(count): give a number of changes, 1 or more") }
        let depth = undo ? session.state.undoDepth(for: person) : session.state.redoDepth(for: person)
        if count > 1, count > depth {
            throw CommandFailure("\(name) --count \(count): you have \(depth) change\(depth == 1 ? "" : "s") to \(name); nothing was changed")
        }
        var lines: [String] = []
        for _ in 0..<count {
            let rest = (undo ? session.state.walkUndoSize(for: person) : session.state.walkRedoSize(for: person)) ?? 0
            var line = try revert(change, session: session, context: context)
            if count == 1, rest > 1 {
                line += undo
                    ? " (the last answer of a rate walk; 'undo --walk' takes back the other \(rest - 1))"
                    : " (one answer of a rate walk; 'redo --walk' puts back the other \(rest - 1))"
            }
            lines.append(line)
        }
        return lines
    }

    /// Records an undo or redo and says what it took back or put back.
    static func revert(_ change: Change, session: Session, context: CommandContext) throws(SessionError) -> String {
        let index = try session.record(change, by: context.facilitator)
        let described = session.state.describe(index)
        let verb = described.hasPrefix("redo") ? "redid" : "undid"
        return "\(verb) \(described.drop { $0 != ":" }.dropFirst(2))"
    }
}
