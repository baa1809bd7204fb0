import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// Every way a phone writes is closed outside the window, however its path is spelt: answers,
/// a note on its own, new ideas, an idea's edit and withdrawal, dots, and the room link's new
/// rater, with doubled slashes too (the router skips empty segments, so the window must).
struct WindowWritesTests {
    @Test(arguments: ["/g/TOKEN/answers", "//g/TOKEN/answers", "/g//TOKEN/answers", "/g/TOKEN//answers",
                      "/g/TOKEN/ideas", "//g/TOKEN/ideas/i-1", "/g/TOKEN/ideas/i-1/withdraw", "/g/TOKEN/dots"])
    func aWriteAfterItsDaysIsRefusedAndWritesNothing(path: String) async throws {
        let (room, _) = try await WindowRoutesTests.room(at: "2027-03-09T00:00")
        let uri = path.replacingOccurrences(of: "TOKEN", with: room.token())
        let body = #"{"activity":"drop-in","persona":"academic","note":"after close","key":"late-1","text":"x","prompt":"try-first","dots":{"i-1":1}}"#
        try await room.test { client in
            try await client.execute(uri: uri, method: .post, headers: Headers.json, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .forbidden, "\(path)")
                #expect(response.json["error"] as? String == WindowRoutesTests.refusal("closed", "8 March 2027"), "\(path)")
            }
        }
        #expect(try room.records("answer").isEmpty && room.records("note").isEmpty && room.records("idea").isEmpty)
    }

    @Test(arguments: ["/join/JOIN", "//join/JOIN", "/join//JOIN"])
    func theRoomLinkHandsOutNoRaterBeforeItsDaysHoweverSpelt(path: String) async throws {
        let (room, _) = try await WindowRoutesTests.room(at: "2027-02-01T09:00", settings: RoomSettings(individuals: .init()))
        let uri = path.replacingOccurrences(of: "JOIN", with: room.room.tokens.join ?? "")
        try await room.test { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok && response.headers[.location] == nil, "\(path): no new rater")
                #expect(response.text.contains("Not open yet"), "\(path)")
            }
        }
    }
}
