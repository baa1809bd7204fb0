import Foundation
import WorkshopKit

/// Opening the session a command names, the same way for every command.
extension GlobalOptions {
    /// Who is making changes, for the journal and for undo: `$WORKSHOP_FACILITATOR`, else `$USER`.
    var facilitator: String {
        let environment = ProcessInfo.processInfo.environment
        for key in ["WORKSHOP_FACILITATOR", "USER", "LOGNAME"] {
            if let value = environment[key], !value.isEmpty { return value }
        }
        return "facilitator"
    }

    /// Opens a session, reporting a recovery (a torn last line set aside) in one line on stderr.
    /// At the prompt, the session it holds open is used.
    func openSession(_ name: String, writable: Bool) throws -> Session {
        if let open = ShellContext.current?.session,
           open.id == name || (try? Session.resolveID(name, root: projectRoot)) == open.id {
            if writable && open.isReadOnly { throw CommandFailure(SessionError.journal(.readOnlySession(session: name))) }
            return open
        }
        do {
            let session = try Session.open(name, root: projectRoot, writable: writable)
            if let recovery = session.recovery { Console.err("note: \(recovery)") }
            return session
        } catch {
            throw CommandFailure(error)
        }
    }

    /// Runs `body` against a session opened for writing, turning refusals into one-line errors.
    func change<T>(_ name: String, _ body: (Session) throws(SessionError) -> T) throws -> T {
        let session = try openSession(name, writable: true)
        do {
            return try body(session)
        } catch {
            throw CommandFailure(error)
        }
    }
}

/// The group, criterion and note options of the commands that name a cell.
struct CellOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The group or table (may be left out when the plan has one group, or at the prompt after 'use').")
    var group: String?

    @Option(name: .shortAndLong, help: "The criterion, when the plan rates several per activity.")
    var criterion: String?

    /// Resolves the cell from what was typed.
    func cell(in state: SessionState, activity: String, persona: String) throws(SessionError) -> Cell {
        Cell(
            activity: try state.resolveActivity(activity), persona: try state.resolvePersona(persona),
            group: try state.resolveGroup(group ?? ShellContext.current?.group), criterion: try state.resolveCriterion(criterion))
    }
}


import ArgumentParser
