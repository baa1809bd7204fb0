import Foundation
import Hummingbird
import Logging
import WorkshopKit

/// A session served to phones and a projector: the web server, the group commit that records what
/// phones send, and what the projector is told. Started by `serve` at the shell or at the prompt, in
/// the same process as the prompt, so the session still has one writer.
/// `@unchecked Sendable`: the mutable parts (`hidden`, `server`, `bound`) are touched only with `lock` held.
public final class LiveRoom: @unchecked Sendable {
    public let gate: SessionGate
    /// Grows when a group is added while serving (`changed()` gives it a token).
    public var tokens: RoomTokens {
        lock.lock()
        defer { lock.unlock() }
        return storedTokens
    }
    private var storedTokens: RoomTokens {
        didSet { tokenIndex = storedTokens.index }
    }
    private var tokenIndex: TokenIndex
    let journalPath: String
    /// Group to persona, for the groups whose persona is fixed.
    public let assignments: [String: String]
    /// `http://HOST:PORT`, as links name it.
    public var base: String { lock.lock(); defer { lock.unlock() }; return bound.base }
    /// Where the server listens, as bound (the port chosen when 0 was asked for).
    public var listening: String { lock.lock(); defer { lock.unlock() }; return bound.listening }
    private var bound = (base: "", listening: "")
    /// Whether only this machine can reach the room (it listens on a loopback address).
    public private(set) var loopbackOnly = false
    /// Lines for the facilitator about what starting changed (a token file made private).
    public private(set) var notices: [String] = []
    let commit: GroupCommit
    let broadcast = RoomBroadcast()
    let limiter = RateLimiter()
    let connections = RoomConnections(capacity: RoomConnections.raisingLimit())
    private let lock = NSLock()
    /// Held while the token file is read and written again (a group's token, a reservation).
    let fileLock = NSLock()
    private var hidden: Bool
    private var server: RoomServer?
    let viewCache = ViewCache()
    /// The slide every projector shows (`LiveRoom+Slide`).
    let slides = SlideSelection()
    /// Who the facilitator's changes on the projector page are recorded as: the person serving, so
    /// `undo` at the prompt takes them back. Set once, before the server runs.
    public private(set) var facilitator = "facilitator"
    /// What this `serve` was told (kept in the token file). Set once, before the server runs.
    public private(set) var settings = RoomSettings()
    /// Individuals mode's numbers; nil when the room serves tables. Set once, before the server runs.
    var door: IndividualDoor?
    /// HTTPS, the window phones may write in, the request log (`RoomVenue`). Set once, before the server runs.
    public private(set) var venue = RoomVenue()

    private init(gate: SessionGate, tokens: RoomTokens, journalPath: String, assignments: [String: String], hide: Bool,
                 arrivals: @escaping @Sendable ([Arrival]) -> Void) {
        self.gate = gate
        self.storedTokens = tokens
        self.tokenIndex = tokens.index
        self.journalPath = journalPath
        self.assignments = assignments
        self.hidden = hide
        let broadcast = self.broadcast
        commit = GroupCommit(gate: gate, assignments: assignments) { recorded in
            broadcast.changed(groups: recorded.map(\.cell.group))
            arrivals(recorded)
        }
    }

    /// Starts serving with `settings` (what was remembered, with this `serve`'s changes), which
    /// are kept in the token file for the next `serve`; `planAssignments` (the plan's `groups:`)
    /// are in force under them and not kept.
    public static func start(
        gate: SessionGate, listen: ListenAddress, settings: RoomSettings, planAssignments: [String: String] = [:],
        venue: RoomVenue = RoomVenue(), facilitator: String = "facilitator", arrivals: @escaping @Sendable ([Arrival]) -> Void
    ) throws(RoomError) -> LiveRoom {
        let (state, path, writable) = gate.exclusive { ($0.state, $0.path, !$0.isReadOnly) }
        guard writable else { throw .notWritable(session: state.sessionID) }
        // Individuals mode serves no table links, so no persona is fixed for a table.
        let assignments = settings.individuals == nil ? planAssignments.merging(settings.assignments) { $1 } : [:]
        for (group, persona) in assignments.sorted(by: { $0.key < $1.key }) {
            guard state.activeGroups.contains(group) else { throw .unknownGroup(group, available: state.activeGroups) }
            guard state.plan.personas.contains(persona) else { throw .unknownPersona(persona, available: state.plan.personas) }
        }
        try checkMixing(state, individuals: settings.individuals != nil)
        let tokensPath = RoomTokens.path(journal: path)
        let before = try RoomTokens.read(journal: path)
        let tightened = try RoomTokens.tighten(journal: path)
        let tokens = try remember(settings, journal: path, groups: state.activeGroups.filter { !isIndividual($0, in: state) })
        let room = LiveRoom(gate: gate, tokens: tokens, journalPath: path, assignments: assignments, hide: settings.hideResults,
                            arrivals: arrivals)
        room.notices = tightened.map { [$0] } ?? []
        room.facilitator = facilitator
        room.loopbackOnly = listen.isLoopback
        room.settings = settings
        room.venue = venue
        if let options = settings.individuals { room.openDoor(options, state: state) }
        do {
            try room.run(listen)
        } catch {
            // A room that never listened hands out no links: its new token file goes too, and an
            // old one keeps what it held.
            if let before { try? before.write(to: tokensPath) } else { unlink(tokensPath) }
            throw error
        }
        return room
    }

    private func run(_ listen: ListenAddress) throws(RoomError) {
        let started = StartSignal()
        var logger = Logger(label: "workshop-serve")
        logger.logLevel = .critical
        let app = Application(
            router: makeRouter(),
            // A phone that went quiet is let go after a minute (a projector's stream reconnects by
            // itself); a connection that never sends a request, after five seconds (ConnectionWatch).
            server: venue.server(.http1(configuration: .init(additionalChannelHandlers: [ConnectionWatch(self.connections)],
                                                             idleTimeout: .seconds(60)))),
            configuration: .init(address: .hostname(listen.host, port: listen.port), serverName: nil, reuseAddress: true),
            onServerRunning: { channel in started.finish(.success(channel.localAddress?.port ?? listen.port)) },
            logger: logger)
        let server = RoomServer(app, signal: started, logger: logger)
        switch started.wait() {
        case let .success(port):
            let shown = listen.host.contains(":") ? "[\(listen.host)]" : listen.host
            let link = "\(venue.scheme)://\(ListenAddress(host: listen.host, port: port).linkHost):\(port)"
            lock.lock()
            bound = (link, "\(shown):\(port)")
            self.server = server
            lock.unlock()
        case let .failure(error):
            commit.stop()
            throw listen.bindFailure(error)
        }
    }

    /// Stops serving: open projector streams ended, no new connections, every request already
    /// received answered (its answer written first), then the writer ended once its queue is
    /// empty, so that when this returns the session has one user again.
    public func stop() {
        broadcast.close()
        lock.lock()
        let running = server
        server = nil
        lock.unlock()
        running?.stop()
        commit.stop()
    }

    /// The table whose token this is; in individuals mode, the phone whose minted token it is
    /// (and no table's: such a room serves no table links).
    func group(for token: String) -> String? {
        if let door { return door.group(for: token) }
        lock.lock()
        defer { lock.unlock() }
        return tokenIndex.group(for: token)
    }

    /// The persona a table plays: assigned, or chosen with its first answer.
    func persona(of group: String) -> String? {
        assignments[group] ?? commit.persona(of: group) ?? inTurn(group)
    }

    /// The prompt changed the session (an answer typed, an undo): projectors redraw, and a group
    /// added meanwhile gets its token (`serve links` shows its link). Nil, or why the token file
    /// could not be written.
    @discardableResult
    public func changed() -> RoomError? {
        broadcast.changed()
        let state = gate.state
        // Individuals have their minted tokens, not table links.
        let groups = state.activeGroups.filter { !Self.isIndividual($0, in: state) }
        guard groups.contains(where: { tokens.groups[$0] == nil }) else { return nil }
        fileLock.lock()
        defer { fileLock.unlock() }
        do throws(RoomError) {
            let grown = try RoomTokens.load(journal: journalPath, groups: groups)
            lock.lock()
            storedTokens = grown
            lock.unlock()
            return nil
        } catch {
            return error
        }
    }

    var hideResults: Bool {
        get { lock.lock(); defer { lock.unlock() }; return hidden }
        set { lock.lock(); hidden = newValue; lock.unlock(); broadcast.changed(groups: [String]()) }
    }
}
