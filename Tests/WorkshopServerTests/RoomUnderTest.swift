import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// A room serving a copy of the example's `stirling-2015`, and its router as an application for
/// HummingbirdTesting: `.router` sends requests straight to the router, `.live` through a server
/// on a free loopback port. Table 1 plays `academic`; the others choose.
struct RoomUnderTest {
    let fixture: RoomFixture
    let room: LiveRoom

    init(assignments: [String: String] = ["table-1": "academic"], planLines: [String] = []) async throws {
        fixture = try RoomFixture(planLines: planLines)
        room = try await Self.start(SessionGate(fixture.session), assignments: assignments)
    }

    /// A room served with `settings` (a public URL, trusted proxies) and no assignments.
    init(settings: RoomSettings) async throws {
        fixture = try RoomFixture(planLines: [])
        let gate = SessionGate(fixture.session)
        room = try await Self.offPool {
            try LiveRoom.start(gate: gate, listen: ListenAddress(host: "127.0.0.1", port: 0), settings: settings) { _ in }
        }
    }

    /// Starts a room on a thread of its own: `start` and `stop` wait for the server's task, which
    /// needs the cooperative pool that a test blocking in them would hold (two threads here).
    static func start(_ gate: SessionGate, assignments: [String: String]) async throws -> LiveRoom {
        try await offPool {
            try LiveRoom.start(gate: gate, listen: ListenAddress(host: "127.0.0.1", port: 0), assignments: assignments,
                               hideResults: false) { _ in }
        }
    }

    static func stop(_ room: LiveRoom) async {
        _ = try? await offPool { room.stop() }
    }

    private static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
        }
    }

    var app: some ApplicationProtocol {
        Application(router: room.makeRouter(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    /// Runs `body` against the router, then stops the room.
    func test(_ mode: TestingSetup = .router, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        do {
            try await app.test(mode) { client in try await body(client) }
        } catch {
            await Self.stop(room)
            throw error
        }
        await Self.stop(room)
    }

    func token(_ group: String = "table-1") -> String { room.tokens.groups[group] ?? "" }
    var facilitator: String { room.tokens.facilitator }

    /// The session as a second reader finds it on disk.
    func reopened() throws -> Session {
        try Session.open("stirling-2015", root: ProjectRoot(path: fixture.copy.path), writable: false)
    }

    /// The journal's records of `type`, as JSON objects.
    func records(_ type: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: fixture.copy.journal("stirling-2015").path, encoding: .utf8)
        return text.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }.filter { $0["type"] as? String == type }
    }
}

enum Headers {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    static let json: HTTPFields = [.contentType: "application/json"]

    /// The guard headers every response carries, errors included.
    static func expectGuarded(_ response: TestResponse, cache: String = "no-store", sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(response.headers[.contentSecurityPolicy] == GuardHeaders.policy, sourceLocation: sourceLocation)
        #expect(response.headers[.init("X-Content-Type-Options")!] == "nosniff", sourceLocation: sourceLocation)
        #expect(response.headers[.init("Referrer-Policy")!] == "no-referrer", sourceLocation: sourceLocation)
        #expect(response.headers[.init("X-Frame-Options")!] == "DENY", sourceLocation: sourceLocation)
        #expect(response.headers[.cacheControl] == cache, sourceLocation: sourceLocation)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]) ?? [:] }
}
