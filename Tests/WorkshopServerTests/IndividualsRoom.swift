import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// A room serving a copy of the example's `stirling-2015` to individuals (`serve --individuals`),
/// and its router as an application for HummingbirdTesting.
struct IndividualsRoom {
    let fixture: RoomFixture
    let room: LiveRoom

    init(_ options: RoomSettings.Individuals = .init(), fixture: RoomFixture? = nil) async throws {
        let fixture = try fixture ?? RoomFixture()
        self.fixture = fixture
        room = try await Self.start(SessionGate(fixture.session), RoomSettings(individuals: options))
    }

    static func start(_ gate: SessionGate, _ settings: RoomSettings) async throws -> LiveRoom {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    try LiveRoom.start(gate: gate, listen: ListenAddress(host: "127.0.0.1", port: 0), settings: settings) { _ in }
                })
            }
        }
    }

    /// Runs `body` against the router, then stops the room.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: room.makeRouter(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        do {
            try await app.test(.router) { client in try await body(client) }
        } catch {
            await RoomUnderTest.stop(room)
            throw error
        }
        await RoomUnderTest.stop(room)
    }

    var join: String { "/join/" + (room.tokens.join ?? "") }
    var tokenFile: String { RoomTokens.path(journal: fixture.copy.journal("stirling-2015").path) }

    /// The journal's lines, as JSON objects.
    func lines() throws -> [[String: Any]] {
        let text = try String(contentsOfFile: fixture.copy.journal("stirling-2015").path, encoding: .utf8)
        return text.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }
}

extension TestClientProtocol {
    /// Opens the room link and returns the phone's token, from the redirect to its landing.
    func joinRoom(_ join: String) async throws -> String {
        try await execute(uri: join, method: .get) { response in
            #expect(response.status == .seeOther)
            let location = response.headers[.location] ?? ""
            #expect(location.hasPrefix("/i/"), "\(location)")
            return String(location.dropFirst(3))
        }
    }
}
