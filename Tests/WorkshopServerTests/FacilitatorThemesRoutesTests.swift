import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// `POST /f/TOKEN/themes`: ticked ideas put in a theme from the projector's page, as a plain form
/// (a redirect back) or JSON; refusals in one line with nothing written; the journal read back.
struct FacilitatorThemesRoutesTests {
    private static func form(_ ids: [UInt64], theme: String) -> ByteBuffer {
        let fields = ids.map { "ideas=" + RecordID.format($0) } + ["theme=" + (theme.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")]
        return ByteBuffer(string: fields.joined(separator: "&"))
    }

    private static func json(_ ids: [String], theme: String) throws -> ByteBuffer {
        ByteBuffer(data: try JSONSerialization.data(withJSONObject: ["ideas": ids, "theme": theme]))
    }

    @Test func aPlainFormThemesAndRedirectsBackAndJSONTakesOneOut() async throws {
        let room = try await RoomUnderTest()
        let token = room.facilitator
        let seed = try room.room.gate.exclusive { try WallSeed($0) }
        let (a, b, c) = (seed.shown[0], seed.shown[1], seed.shown[2])
        try await room.test { client in
            try await client.execute(uri: "/f/\(token)/themes", method: .post, headers: Headers.form,
                                     body: Self.form([b, c], theme: "Working with the union")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/f/\(token)?slide=ideas#wall")
                Headers.expectGuarded(response)
            }
            try await client.execute(uri: "/f/\(token)/themes", method: .post, headers: Headers.json,
                                     body: try Self.json([RecordID.format(a)], theme: "  ")) { response in
                #expect(response.status == .ok)
                #expect(response.text == #"{"saved":true}"#)
            }
            try await client.execute(uri: "/f/\(token)/themes", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "ideas=\(RecordID.format(a))&theme=Timing&still=1")) { response in
                #expect(response.headers[.location] == "/f/\(token)?slide=ideas&still=1#wall", "back to the page that does not reload")
            }
        }
        let wall = try room.reopened().state.ideaWall
        #expect(wall.idea(b)?.theme == "Working with the union" && wall.idea(c)?.theme == "Working with the union")
        #expect(wall.idea(a)?.theme == "Timing")
        let records = try room.records("theme")
        #expect(records.count == 4, "the seed's, then three from the page")
        #expect(records.dropFirst().map { $0["text"] as? String } == ["Working with the union", "", "Timing"])
        #expect(records.last?["by"] as? String == "facilitator", "the room's default; `serve` passes the person serving")
    }

    @Test func refusalsAreOneLineAndWriteNothing() async throws {
        let room = try await RoomUnderTest()
        let (token, table) = (room.facilitator, room.token())
        let seed = try room.room.gate.exclusive { try WallSeed($0) }
        let hidden = try #require(room.room.gate.state.ideaWall.ideas.first { $0.isHidden }).id
        let before = try room.records("theme").count
        let shown = RecordID.format(seed.shown[0])
        let cases: [(String, HTTPFields, ByteBuffer, HTTPResponse.Status, String)] = [
            (token, Headers.json, try Self.json([], theme: "Timing"), .badRequest, "no idea selected"),
            (token, Headers.json, try Self.json(["12345"], theme: "Timing"), .conflict, "no idea '12345' on the wall"),
            (token, Headers.json, try Self.json([RecordID.format(hidden)], theme: "Timing"), .conflict, "on the wall"),
            (token, Headers.json, try Self.json([shown], theme: String(repeating: "x", count: 81)), .conflict, "80"),
            (token, Headers.json, ByteBuffer(string: "[1,2"), .badRequest, "not a JSON object"),
            (table, Headers.json, try Self.json([shown], theme: "Timing"), .forbidden, "not one of this room's"),
        ]
        try await room.test { client in
            for (who, headers, body, status, words) in cases {
                try await client.execute(uri: "/f/\(who)/themes", method: .post, headers: headers, body: body) { response in
                    #expect(response.status == status, "\(words)")
                    let reason = response.json["error"] as? String ?? ""
                    #expect(reason.contains(words) && !reason.contains("\n"), "\(reason)")
                    Headers.expectGuarded(response)
                }
            }
            // A plain form gets a page with the reason and a way back.
            try await client.execute(uri: "/f/\(token)/themes", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "theme=Timing")) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("no idea selected") && response.text.contains("href=\"/f/\(token)\""))
            }
        }
        #expect(try room.records("theme").count == before, "nothing written")
    }

    @Test func aBrowsersFormIsReadWithRepeatedIdeasAndPlusForSpace() throws {
        let form = try #require(FacilitatorRoutes.ThemeForm.decode("ideas=00aa&theme=Early+days%21&ideas=00bb&still=1", json: false))
        #expect(form.ideas == ["00aa", "00bb"] && form.theme == "Early days!" && form.still)
        #expect(FacilitatorRoutes.ThemeForm.decode("ideas=%zz", json: false) == nil, "a broken escape is refused")
        let json = try #require(FacilitatorRoutes.ThemeForm.decode(#"{"ideas":["00aa"]}"#, json: true))
        #expect(json.ideas == ["00aa"] && json.theme == "" && !json.still, "no theme: take them out")
    }
}
