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

        @Option(help: "Take back this many changes, newest first: all of them, or none if one cannot be.")
        var count: Int = 1

        @Flag(help: "Take back the whole 'rate' walk your last change was an answer of.")
        var walk = false

        func run(session: Session, context: CommandContext) throws {
            for line in try Workshop.revert(.undo, count: count, walk: walk, session: session, context: context) {
                context.console.out(TerminalText.clean(line))
            }
        }
    }

    /// Records `count` undos or redos (or those of a whole walk) and says what each took or put back.
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
        guard count == 1 else {
            // One write for all of them: a refusal at any takes back none, so what is printed is true.
            let written: Range<Int>
            do {
                written = try undo ? session.undo(count: count, by: person) : session.redo(count: count, by: person)
            } catch {
                throw CommandFailure("\(name) --count \(count): \(error)")
            }
            return written.map { said(session.state.describe($0)) }
        }
        let rest = (undo ? session.state.walkUndoSize(for: person) : session.state.walkRedoSize(for: person)) ?? 0
        let line = try revert(change, session: session, context: context)
        guard rest > 1 else { return [line] }
        return [line + (undo
            ? " (the last answer of a rate walk; 'undo --walk' takes back the other \(rest - 1))"
            : " (one answer of a rate walk; 'redo --walk' puts back the other \(rest - 1))")]
    }

    /// Records an undo or redo and says what it took back or put back.
    static func revert(_ change: Change, session: Session, context: CommandContext) throws(SessionError) -> String {
        let index = try session.record(change, by: context.facilitator)
        return said(session.state.describe(index))
    }

    /// "undid ..." or "redid ..." from the log's description of an undo or redo record.
    private static func said(_ described: String) -> String {
        "\(described.hasPrefix("redo") ? "redid" : "undid") \(described.drop { $0 != ":" }.dropFirst(2))"
    }
}
