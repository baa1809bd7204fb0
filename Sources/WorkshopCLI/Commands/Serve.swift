import ArgumentParser
import WorkshopKit
import WorkshopServer

extension Workshop {
    /// `workshop serve SESSION`: the live room. Each table answers on its own phone, the projector
    /// shows the matrix fill in. At the shell it serves until Ctrl-C; at the prompt it serves in the
    /// background while the prompt stays usable, until `serve stop`.
    struct Serve: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve the session to phones and a projector on the local network.",
            discussion: """
                Prints a join link and QR code for each group, and the projector's link. Answers from \
                phones are written to the journal, synced, before the phone shows "saved".
                With --individuals the room has one link and QR code (the join cards page prints it as \
                a poster): each phone that opens it becomes an anonymous rater of its own (p-001, \
                p-002, ...), made in the journal with its first answer; it chooses its persona, or is \
                given one in turn with --assign-round-robin. A phone with JavaScript keeps its link, \
                so scanning again keeps the same rater; without JavaScript a rescan makes a new one. \
                A session takes answers from tables or from individuals, never both.
                What serve is told (--assign, --hide-results, --individuals and its options) is kept \
                beside the join links and used again by the next serve of the session; 'serve links' \
                shows what is in force. To turn a kept setting off: --assign GROUP= (the group \
                chooses again), --no-hide-results, --tables (back from individuals), \
                --no-assign-round-robin.
                Behind a reverse proxy: --listen 127.0.0.1:8080 --trust-proxy 127.0.0.1 \
                --public-url https://rooms.example.ac.uk/stirling/ (the proxy may pass the path on or strip it).
                Examples: workshop serve stirling-2015 --listen 0.0.0.0:8080 --assign table-1=academic
                          workshop serve plenary-2026 --individuals --assign-round-robin
                          (at the prompt) serve · serve links · serve check · serve stop
                Before the room arrives, open the network check link serve prints on a phone on the \
                venue's Wi-Fi: a line at the prompt says when it gets through.
                """)

        static let completion = CompletionSpec(positionals: [.words(Step.allCases.map(\.rawValue))])

        enum Step: String, ExpressibleByArgument, CaseIterable {
            case start, links, check, stop
        }

        /// Who rates: a table per link, or every phone on its own.
        enum Mode: String, EnumerableFlag {
            case tables, individuals
        }

        @OptionGroup var target: SessionOptions

        @Argument(help: "At the prompt: 'links' prints the join links again, 'check' the network check link and its QR code, 'stop' ends serving.")
        var step: Step = .start

        @Option(help: "Where to listen, ADDRESS:PORT (default 0.0.0.0:8080: every interface; 127.0.0.1:0 any free port on this machine only).")
        var listen: String = "0.0.0.0:8080"

        @Option(parsing: .upToNextOption, help: "Personas for groups, GROUP=PERSONA (e.g. table-1=academic); others choose on the phone. Kept for the next serve; GROUP= forgets one.")
        var assign: [String] = []

        @Flag(inversion: .prefixedNo, help: "Hide the projector's figures until every table has answered (the facilitator can show them sooner). Kept for the next serve.")
        var hideResults: Bool?

        @Flag(help: "--individuals: one room link, each phone its own anonymous rater; --tables: a link per group (the default). Kept for the next serve.")
        var mode: Mode?

        @Option(help: "With --individuals: at most this many phones become raters (default 1000; one that never answers does not count). Kept for the next serve.")
        var mostPhones: Int?

        @Flag(inversion: .prefixedNo, help: "With --individuals: give each phone a persona in turn instead of letting it choose. Kept for the next serve.")
        var assignRoundRobin: Bool?

        @Flag(help: "Do not draw the QR codes in the terminal (the join cards page has them).")
        var noQR = false

        @OptionGroup var committing: CommitOptions
        @OptionGroup(title: "At a venue") var venue: VenueOptions

        mutating func run(in context: inout CommandContext) throws {
            switch step {
            case .stop:
                guard let room = context.room else { throw CommandFailure("no room is being served; 'serve' starts one") }
                room.stop()
                context.room = nil
                context.console.out("stopped serving \(room.gate.sessionID); answers from phones are refused until 'serve' again")
            case .links:
                guard let room = context.room else { throw CommandFailure("no room is being served; 'serve' starts one") }
                ServeText.links(room, qr: !noQR, console: context.console)
            case .check:
                guard let room = context.room else { throw CommandFailure("no room is being served; 'serve' starts one") }
                ServeText.check(room, qr: !noQR, console: context.console)
            case .start:
                if let room = context.room {
                    throw CommandFailure("already serving \(room.gate.sessionID) on \(room.listening); 'serve links' prints the links, 'serve stop' ends it")
                }
                let session = try context.openSession(target.session, writable: true)
                if !context.atPrompt { ServeLoop.catchSignals(waking: context.io.notices) }
                let room = try committing.serve(session, context: context) { try start(session, context: context) }
                ServeText.started(room, qr: !noQR, console: context.console)
                guard context.atPrompt else {
                    return ServeLoop.runUntilInterrupted(room, notices: context.io.notices, console: context.console)
                }
                // Served from a prompt with no session open: it becomes the prompt's session, so
                // what is typed goes to the same session (through the room's gate).
                if context.session == nil { context.session = session }
                context.room = room
                context.console.out("serving in the background: the prompt stays yours; 'serve stop' ends it")
            }
        }

        func run(session: Session, context: CommandContext) throws {}

        private func start(_ session: Session, context: CommandContext) throws -> LiveRoom {
            do throws(RoomError) {
                let address = try ListenAddress.parse(listen)
                // A kept persona for a group removed since is forgotten, said, not an error about an
                // --assign no one typed this time.
                var remembered = try RoomTokens.remembered(journal: session.path)
                let gone = remembered.assignments.keys.filter { !session.state.activeGroups.contains($0) }.sorted()
                for group in gone { remembered.assignments[group] = nil }
                if !gone.isEmpty {
                    context.console.out("forgot the persona kept for \(gone.joined(separator: ", ")): no longer in the session")
                }
                let settings = try settings(remembered: remembered)
                return try LiveRoom.start(
                    gate: SessionGate(session), listen: address, settings: settings,
                    planAssignments: try planAssignments(session, context: context),
                    venue: try venue.venue(for: session, context: context),
                    facilitator: context.facilitator, arrivals: { [notices = context.io.notices] in notices.post(ServeText.arrivals($0)) })
            } catch {
                throw CommandFailure("\(error)")
            }
        }

        /// The plan file's `groups: [{id, persona}]`, when the plan is still there and loads.
        private func planAssignments(_ session: Session, context: CommandContext) throws(RoomError) -> [String: String] {
            guard let project = try? context.loadProject(), let plan = try? project.plan(session.state.plan.id) else { return [:] }
            return plan.groupPersonas.filter { session.state.activeGroups.contains($0.key) }
        }
    }
}
