import Foundation
import Hummingbird
import HummingbirdTesting
import WorkshopKit
@testable import WorkshopServer

/// A clock a test sets: the window reads it instead of the system's, so a test moves a room from
/// before to inside to after its days without waiting.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var date: Date

    init(_ date: Date) { self.date = date }

    var now: Date { lock.withLock { date } }
    func set(_ date: Date) { lock.withLock { self.date = date } }

    /// `2027-03-08T23:59` in `zone`.
    static func moment(_ text: String, in zone: String = "Europe/London") -> Date {
        let numbers = text.split(whereSeparator: { "-T:".contains($0) }).compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? calendar.timeZone
        let parts = DateComponents(year: numbers[0], month: numbers[1], day: numbers[2], hour: numbers[3], minute: numbers[4])
        return calendar.date(from: parts) ?? Date(timeIntervalSince1970: 0)
    }
}

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

extension RoomWindow {
    /// `serve --open-from FROM --until UNTIL` in Europe/London, on `clock`.
    static func london(from: String?, until: String?, clock: TestClock) throws -> RoomWindow {
        guard let zone = TimeZone(identifier: "Europe/London"),
              let window = try parse(from: from, until: until, zone: zone, zoneSource: "the plan's timezone", now: { clock.now })
        else { throw RoomError.badOption("no window") }
        return window
    }
}
