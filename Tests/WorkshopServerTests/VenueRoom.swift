import Foundation
import Hummingbird
import HummingbirdTesting
import WorkshopKit
@testable import WorkshopServer

extension RoomUnderTest {
    /// A room started as `serve` starts it with venue options (a window, a request log, TLS),
    /// table 1 playing `academic`, on a free loopback port.
    init(venue: RoomVenue, fixture: RoomFixture? = nil, settings: RoomSettings = RoomSettings(assignments: ["table-1": "academic"]),
         planLines: [String] = []) async throws {
        let fixture = try fixture ?? RoomFixture(planLines: planLines)
        let gate = SessionGate(fixture.session)
        self.fixture = fixture
        room = try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    try LiveRoom.start(gate: gate, listen: ListenAddress(host: "127.0.0.1", port: 0), settings: settings,
                                       venue: venue) { _ in }
                })
            }
        }
    }
}
