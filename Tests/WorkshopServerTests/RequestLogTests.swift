import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// `serve --log-requests`: a line per request with the time, method, the path's shape, the status
/// and the milliseconds; never a token, a query, a note or an idea's words.
struct RequestLogTests {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var kept: [String] = []
        func append(_ line: String) { lock.withLock { kept.append(line) } }
        var all: [String] { lock.withLock { kept } }
    }

    @Test func eachRequestIsOneLineWithNoSecretInIt() async throws {
        let lines = Lines()
        let room = try await RoomUnderTest(venue: RoomVenue(log: { lines.append($0) }))
        let (token, facilitator) = (room.token(), room.facilitator)
        let note = "Ask the Schools first"
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)?persona=academic", method: .get) { #expect($0.status == .ok) }
            let answer = #"{"activity":"drop-in","persona":"academic","answer":"4","key":"k","note":"\#(note)"}"#
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json,
                                     body: ByteBuffer(string: answer)) { #expect($0.status == .ok) }
            let idea = #"{"prompt":"try-first","text":"Posters in the union","key":"i"}"#
            try await client.execute(uri: "/g/\(token)/ideas", method: .post, headers: Headers.json,
                                     body: ByteBuffer(string: idea)) { #expect($0.status == .ok) }
            try await client.execute(uri: "/f/\(facilitator)/cards", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/g/wrong-token", method: .get) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/\(token)", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/assets/room.css", method: .head) { #expect($0.status == .ok) }
        }
        let pattern = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ (GET|POST|HEAD) (\S+) (\d{3}) (\d+) ms$/
        let parsed = lines.all.compactMap { try? pattern.wholeMatch(in: $0) }
        #expect(parsed.count == 7 && lines.all.count == 7, "\(lines.all)")
        #expect(parsed.map { "\($0.output.1) \($0.output.2) \($0.output.3)" } == [
            "GET /g/:token 200", "POST /g/:token/answers 200", "POST /g/:token/ideas 200", "GET /f/:token/cards 200",
            "GET /g/:token 403", "GET /(other) 404", "HEAD /assets/room.css 200",
        ])
        for line in lines.all {
            for secret in [token, facilitator, "wrong-token", "persona", "Schools", "union"] {
                #expect(!line.contains(secret), "\(line) holds '\(secret)'")
            }
        }
    }

    @Test(arguments: [
        ("/", "/"), ("/g/abc/ideas/r-1/withdraw", "/g/:token/ideas/r-1/withdraw"), ("/join/xyz", "/join/:token"),
        ("/i/p-1.mac", "/i/:token"), ("/f/fac", "/f/:token"), ("/g", "/g"), ("/favicon.ico", "/(other)"),
        ("/assets/room.css", "/assets/room.css"), ("/assets/a\"b<c>", "/assets/a?b?c?"), ("/check/abc", "/check/:token"),
        ("//g/abc/answers", "/g/:token/answers"), ("/f//fac", "/f/:token"), ("///join/xyz", "/join/:token"),
    ])
    func thePathKeepsItsShapeOnly(path: String, logged: String) {
        #expect(RequestLog.shape(path) == logged)
    }
}
