import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// A phone submission's record id: HMAC-SHA256 keyed by the room's secret, its first 64 bits; and
/// journals written when it was an unkeyed hash still read and serve.
struct SubmissionIDTests {
    @Test func theIDIsTheHMACsFirst64Bits() {
        // Python: hmac.new(b"s", b"table-1\0k", hashlib.sha256).digest()[:8].hex()
        #expect(SubmissionID.make(secret: "s", group: "table-1", key: "k") == 0xdbec_ddd5_e20c_7ac1)
        #expect(RecordID.format(SubmissionID.make(secret: "s", group: "table-1", key: "k")) == "dbecddd5e20c7ac1")
    }

    /// What the old unkeyed hash gave for secret `s`, `table-1`, key `k`.
    static let oldID: UInt64 = 0x1661_9a00_69d1_a8f5

    @Test func aJournalWithAnOldIDReadsAndIsServed() async throws {
        let fixture = try RoomFixture()
        let cell = Cell(activity: "drop-in", persona: "academic", group: "table-1")
        let written = fixture.session.record(each: [PendingChange(change: .answer(cell, .level(1), note: nil), person: "phone:table-1",
                                                                  id: Self.oldID)])
        #expect(written.allSatisfy { if case .success = $0 { true } else { false } })
        let root = ProjectRoot(path: fixture.copy.path)
        let reread = try Session.open("stirling-2015", root: root, writable: false)
        #expect(reread.state.answer(for: cell) == .level(1))
        #expect((0..<reread.state.recordCount).contains { reread.state.recordID($0) == Self.oldID })
        // Served again: the room starts on it, and a new answer from the table is taken.
        let room = try await RoomUnderTest.start(SessionGate(fixture.session), assignments: [:])
        let token = room.tokens.groups["table-1"] ?? ""
        try await Application(router: room.makeRouter()).test(.router) { client in
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json,
                                     body: ByteBuffer(string: #"{"activity":"drop-in","persona":"academic","answer":"4","key":"k"}"#)) { response in
                #expect(response.status == .ok && response.json["duplicate"] as? Bool == false)
            }
        }
        await RoomUnderTest.stop(room)
        let after = try Session.open("stirling-2015", root: root, writable: false)
        #expect(after.state.answer(for: cell) == .level(3))
        #expect((0..<after.state.recordCount).contains { after.state.recordID($0) == Self.oldID }, "the old record kept")
    }
}
