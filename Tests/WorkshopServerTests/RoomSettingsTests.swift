import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// What `serve` was told, kept in the token file: read back, changed by the next `serve`'s
/// options, old files read as before; individuals' numbers never handed out twice across restarts;
/// tables and individuals never mixed in one session.
struct RoomSettingsTests {
    @Test func aTokenFileWrittenBeforeTheNewKeysStillReads() throws {
        let fixture = try RoomFixture()
        let journal = fixture.copy.journal("stirling-2015").path
        let facilitator = String(repeating: "a", count: 32), table = String(repeating: "b", count: 32)
        try Data(#"{"facilitator":"\#(facilitator)","groups":{"table-1":"\#(table)"}}"#.utf8)
            .write(to: URL(fileURLWithPath: RoomTokens.path(journal: journal)))
        #expect(try RoomTokens.remembered(journal: journal) == RoomSettings())
        let tokens = try RoomTokens.load(journal: journal, groups: ["table-1"])
        #expect(tokens.facilitator == facilitator && tokens.groups["table-1"] == table, "the old links still work")
        #expect(tokens.join.map(RoomTokens.isToken) == true, "a room link is made for it")
        #expect(try RoomTokens.read(journal: journal) == tokens)
    }

    @Test func theNextServesOptionsChangeWhatWasKept() {
        let kept = RoomSettings(assignments: ["table-1": "academic", "table-2": "undergraduate"], hideResults: true)
        let forget: String? = nil
        let changed = kept.applying(.init(assign: ["table-1": forget, "table-3": "phd-candidate"], hideResults: false))
        #expect(changed == RoomSettings(assignments: ["table-2": "undergraduate", "table-3": "phd-candidate"], hideResults: false))
        #expect(kept.applying(.init()) == kept, "nothing said, everything kept")
        let individuals = kept.applying(.init(individuals: true, mostPhones: 300))
        #expect(individuals.individuals == .init(mostPhones: 300, roundRobin: false))
        #expect(individuals.applying(.init(roundRobin: true)).individuals == .init(mostPhones: 300, roundRobin: true))
        #expect(individuals.applying(.init(individuals: false)).individuals == nil, "--tables leaves individuals mode")
    }

    @Test func servedSettingsAreKeptInTheTokenFile() async throws {
        let fixture = try RoomFixture()
        let settings = RoomSettings(assignments: ["table-2": "undergraduate"], hideResults: true)
        let room = try await IndividualsRoom.start(SessionGate(fixture.session), settings)
        await RoomUnderTest.stop(room)
        let journal = fixture.copy.journal("stirling-2015").path
        #expect(try RoomTokens.remembered(journal: journal) == settings)
        var info = stat()
        #expect(stat(RoomTokens.path(journal: journal), &info) == 0 && info.st_mode & 0o777 == 0o600)
    }

    /// Numbers are reserved fifty at a time before any is handed out; a restart starts past the
    /// reservation, so a phone minted before it and one minted after never share a number.
    @Test func numbersAreNeverHandedOutTwiceAcrossRestarts() async throws {
        let fixture = try RoomFixture()
        let first = try await IndividualsRoom(fixture: fixture)
        try await first.test { [join = first.join] client in
            let one = try await client.joinRoom(join), two = try await client.joinRoom(join)
            #expect(one.hasPrefix("1-") && two.hasPrefix("2-"), "\(one) \(two)")
        }
        #expect(try RoomTokens.read(journal: fixture.copy.journal("stirling-2015").path)?.phonesReserved == 51)
        let second = try await IndividualsRoom(fixture: fixture)
        try await second.test { [join = second.join] client in
            let next = try await client.joinRoom(join)
            #expect(next.hasPrefix("51-"), "\(next)")
        }
    }

    @Test func tablesAndIndividualsDoNotMix() async throws {
        let fixture = try RoomFixture()
        try fixture.session.record(.answer(Cell(activity: "drop-in", persona: "academic", group: "table-1"), .level(3), note: nil), by: "anna")
        await #expect(throws: RoomError.mixed(session: "stirling-2015", individuals: true, groups: ["table-1"])) {
            _ = try await IndividualsRoom(fixture: fixture)
        }
        let other = try RoomFixture()
        try other.session.record(.addGroup("p-004"), by: "phone:p-004")
        await #expect(throws: RoomError.mixed(session: "stirling-2015", individuals: false, groups: ["p-004"])) {
            _ = try await RoomUnderTest.start(SessionGate(other.session), assignments: [:])
        }
    }
}
