import Foundation
import Hummingbird
import WorkshopKit

/// `POST /f/TOKEN/themes`: ideas ticked on the projector's page put in a theme (an empty name takes
/// them out of theirs). Recorded through the room's gate like a command typed at the prompt,
/// answered once on disk; the projectors redraw. JSON for the page's script, a redirect back for a
/// plain form.
extension FacilitatorRoutes {
    struct ThemeForm {
        var ideas: [String]
        var theme: String
        /// The page came with `?still=1` (no reloading): go back to it so.
        var still: Bool

        /// A form's fields (`ideas` repeated, as checkboxes send them) or the same as JSON. Read by
        /// hand: Hummingbird 2.28's `URLEncodedFormDecoder` refuses a repeated key (`duplicateKeys`) unless it is
        /// written `ideas[]`, and a browser's checkboxes send `ideas` plainly.
        static func decode(_ text: String, json: Bool) -> ThemeForm? {
            if json {
                struct Body: Decodable { var ideas: [String]?; var theme: String? }
                guard let body = try? JSONDecoder().decode(Body.self, from: Data(text.utf8)) else { return nil }
                return ThemeForm(ideas: body.ideas ?? [], theme: body.theme ?? "", still: false)
            }
            var form = ThemeForm(ideas: [], theme: "", still: false)
            for pair in text.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let value = parts.count > 1 ? String(parts[1]).replacingOccurrences(of: "+", with: " ") : ""
                guard let decoded = value.removingPercentEncoding else { return nil }
                switch parts[0] {
                case "ideas": form.ideas.append(decoded)
                case "theme": form.theme = decoded
                case "still": form.still = decoded == "1"
                default: break
                }
            }
            return form
        }
    }

    func theme(_ request: Request, _ context: RoomContext) async throws -> Response {
        let json = RoomRefusal.Format.asked.json(for: request)
        let back = "/f/\(try context.facilitator())"
        func refused(_ status: HTTPResponse.Status, _ reason: String) -> RoomRefusal {
            RoomRefusal(status: status, reason: reason).replying(json, back: back)
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: LiveRoom.maxBody)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw refused(.contentTooLarge, "the selection is larger than \(LiveRoom.maxBody / 1024) KiB; theme fewer ideas at once")
        }
        guard let form = ThemeForm.decode(String(buffer: body), json: request.sendsJSON) else {
            throw refused(.badRequest, json ? "the body is not a JSON object with 'ideas' and 'theme'"
                                            : "the body is not a form of 'ideas' and 'theme'")
        }
        guard !form.ideas.isEmpty else { throw refused(.badRequest, "no idea selected: tick the ideas to put in the theme") }
        let wall = room.gate.state.ideaWall
        var ids: [UInt64] = []
        for typed in form.ideas {
            // 409, not 404: `GuardHeaders` answers any 404 under /f/ as a wrong token. The idea was on
            // the page, so it was most likely hidden or withdrawn since.
            guard let id = RecordID.parse(typed), let idea = wall.idea(id), idea.isShown else {
                throw refused(.conflict, "no idea '\(AnswerForm.shown(typed))' on the wall; reload the page")
            }
            if !ids.contains(id) { ids.append(id) }
        }
        let name = form.theme.trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            try room.gate.exclusive { session in
                _ = try session.record(.theme(name.isEmpty ? nil : name, ideas: ids), by: room.facilitator)
            }
        } catch {
            throw refused(.conflict, "\(error)")
        }
        room.changed()
        // Back to the wall, which is a slide of its own (`ProjectorSlide.ideas`).
        guard json else { return Reply.redirect(back + "?slide=ideas" + (form.still ? "&still=1" : "") + "#wall") }
        return Reply.body(.ok, type: "application/json", #"{"saved":true}"#)
    }
}
