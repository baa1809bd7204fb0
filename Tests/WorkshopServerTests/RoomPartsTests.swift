import Foundation
import Testing
import WorkshopKit
import WorkshopTestSupport
@testable import WorkshopServer

/// The room's small parts: its secrets, its limits, where it listens, its QR codes.
struct RoomPartsTests {
    @Test func tokensAreKeptForTheOwnerAndReusedAfterARestart() throws {
        let folder = TemporaryFolder()
        let journal = folder.path + "/s.jsonl"
        let first = try RoomTokens.load(journal: journal, groups: ["table-1", "table-2"])
        #expect(Set(first.groups.keys) == ["table-1", "table-2"])
        #expect(Set(first.groups.values).count == 2 && first.groups.values.allSatisfy(RoomTokens.isToken))
        let info = try FileManager.default.attributesOfItem(atPath: RoomTokens.path(journal: journal))
        #expect((info[.posixPermissions] as? Int) == 0o600)
        let again = try RoomTokens.load(journal: journal, groups: ["table-1", "table-2", "table-3"])
        #expect(again.facilitator == first.facilitator)
        #expect(again.groups["table-1"] == first.groups["table-1"])
        #expect(again.groups["table-3"].map(RoomTokens.isToken) == true)
        #expect(again.group(for: first.groups["table-2"]!) == "table-2")
        #expect(again.group(for: first.facilitator) == nil)
        #expect(again.group(for: "") == nil)
    }

    @Test func aTokenFileThatIsNotOursIsRefusedNotReplaced() throws {
        let folder = TemporaryFolder()
        let journal = folder.path + "/s.jsonl"
        try Data("{\"facilitator\":\"short\",\"groups\":{}}".utf8).write(to: URL(fileURLWithPath: RoomTokens.path(journal: journal)))
        #expect(throws: RoomError.unreadableTokens(path: RoomTokens.path(journal: journal))) {
            try RoomTokens.load(journal: journal, groups: ["table-1"])
        }
    }

    @Test func aPlanWithNoGroupsServesItsOneRoomGroup() throws {
        let copy = try ExampleCopy()
        let root = ProjectRoot(path: copy.path)
        let path = copy.path + "/sessions/stirling-2015.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "groups: [table-1, table-2, table-3, table-4, table-5]\n", with: "")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let project = try Project.load(root: root)
        let plan = try project.plan("stirling-2015")
        let session = try Session.start(plan: plan, personas: project.personas(of: plan), root: root, by: "anna")
        let room = try LiveRoom.start(gate: SessionGate(session), listen: ListenAddress(host: "127.0.0.1", port: 0),
                                      assignments: [:], hideResults: false) { _ in }
        defer { room.stop() }
        #expect(room.joinLinks.map(\.group) == [SessionState.defaultGroup], "one link, for the whole room")
        #expect(room.joinLinks.first?.link.hasPrefix("http://127.0.0.1:") == true)
        #expect(room.listening.hasPrefix("127.0.0.1:") && !room.listening.hasSuffix(":0"), "the port bound is printed")
    }

    @Test func theRateLimitAllowsABurstThenAsksToWait() {
        let limiter = RateLimiter(burst: 3, perSecond: 2)
        #expect((0..<3).map { _ in limiter.wait(for: "t", now: 10) } == [nil, nil, nil])
        #expect(limiter.wait(for: "t", now: 10) == 1)
        #expect(limiter.wait(for: "other", now: 10) == nil, "each token has its own bucket")
        #expect(limiter.wait(for: "t", now: 10.6) == nil, "refilled at two a second")
    }

    @Test func listenAddressesAreReadOrRefused() throws {
        #expect(try ListenAddress.parse("127.0.0.1:0") == ListenAddress(host: "127.0.0.1", port: 0))
        #expect(try ListenAddress.parse(":8080") == ListenAddress(host: "0.0.0.0", port: 8080))
        #expect(try ListenAddress.parse("[::1]:9000") == ListenAddress(host: "::1", port: 9000))
        for bad in ["8080", "localhost:80", "1.2.3.4:99999", "1.2.3.4:x", ""] {
            #expect(throws: RoomError.badListen(bad)) { try ListenAddress.parse(bad) }
        }
        #expect(ListenAddress(host: "127.0.0.1", port: 1).linkHost == "127.0.0.1")
    }

    @Test func loopbackAddressesAreThisMachinesOnly() {
        for host in ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"] {
            #expect(ListenAddress(host: host, port: 1).isLoopback, "\(host)")
        }
        for host in ["0.0.0.0", "::", "192.168.1.20", "128.0.0.1", "::2", "fe80::1"] {
            #expect(!ListenAddress(host: host, port: 1).isLoopback, "\(host)")
        }
    }

    @Test func aQRCodeHasItsFinderPatternsInThreeCorners() throws {
        let code = try #require(QRCode("http://192.168.1.20:8080/g/0123456789abcdef0123456789abcdef"))
        #expect((code.size - 17) % 4 == 0 && code.size >= 21)
        for (row, column) in [(0, 0), (0, code.size - 7), (code.size - 7, 0)] {
            // The 7×7 finder: a dark ring, a light ring, a dark 3×3 centre.
            #expect((0..<7).allSatisfy { code.isDark(row: row, column: column + $0) && code.isDark(row: row + 6, column: column + $0) })
            #expect(!code.isDark(row: row + 1, column: column + 1) && code.isDark(row: row + 3, column: column + 3))
        }
        #expect(!code.isDark(row: code.size - 7, column: code.size - 7) || !code.isDark(row: code.size - 6, column: code.size - 6),
                "no finder pattern in the fourth corner")
    }

    @Test func submissionIDsAreStableAndDifferByGroupAndSecret() {
        let id = SubmissionID.make(secret: "s", group: "table-1", key: "k")
        #expect(id == SubmissionID.make(secret: "s", group: "table-1", key: "k"))
        #expect(id != SubmissionID.make(secret: "s", group: "table-2", key: "k"))
        #expect(id != SubmissionID.make(secret: "t", group: "table-1", key: "k"))
        #expect(id != SubmissionID.make(secret: "s", group: "table-1k", key: ""))
    }
}
