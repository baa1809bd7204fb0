import Foundation
import Hummingbird
import WorkshopKit

/// The projector's slides: `GET /f/TOKEN/slide` renders one (the room's, or `?slide=`) as the
/// page's `main` holds it, for `slides.js` to swap in; `POST /f/TOKEN/slide` puts a slide (and a
/// matrix page) on every screen, from the page's script (JSON) or a plain form (then back to the page).
extension FacilitatorRoutes {
    func addSlides(to routes: RouteCollection<RoomContext>) {
        routes.group("slide").add(middleware: Identify(.facilitator, format: .asked, room: room)).page { [room] request, context in
            let asked = request.uri.queryParameters.get("slide").map { String($0) }
            let still = request.uri.queryParameters.get("still") == "1"
            let view = room.view(showing: asked.flatMap(room.slide(named:)))
            let body = SlideBody(view: view, token: try context.facilitator(), still: still, language: room.language(request)).node
            var response = Reply.html(body.render())
            response.headers[.cacheControl] = "no-store"
            return response
        }
        routes.group("slide").add(middleware: Identify(.facilitator, format: .asked, room: room)).post { request, context in
            try await show(request, context)
        }
    }

    /// The form or JSON body `{"slide": ID, "page": N}`; a slide this session has not is refused.
    private func show(_ request: Request, _ context: RoomContext) async throws -> Response {
        let json = RoomRefusal.Format.asked.json(for: request)
        let back = "/f/\(try context.facilitator())"
        var request = request
        let text = String(buffer: try await request.collectBody(upTo: LiveRoom.maxBody))
        var fields: [String: String] = [:]
        if request.sendsJSON {
            struct Body: Decodable { var slide: String; var page: Int? }
            guard let body = try? JSONDecoder().decode(Body.self, from: Data(text.utf8)) else {
                throw RoomRefusal.bad("the body is not a JSON object with 'slide'").replying(json, back: back)
            }
            fields = ["slide": body.slide, "page": String(body.page ?? 0)]
        } else {
            for pair in text.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? "" }
                if parts.count == 2 { fields[parts[0]] = parts[1] }
            }
        }
        let id = fields["slide"] ?? ""
        guard let slide = room.slide(named: id) else {
            throw RoomRefusal.bad("no slide '\(AnswerForm.shown(id))' in this session: matrix, activity-ID, coverage, highlights or ideas")
                .replying(json, back: back)
        }
        let page = min(max(Int(fields["page"] ?? "") ?? 0, 0), 999)
        room.show(slide, page: page)
        guard json else { return Reply.redirect(back) }
        return Reply.body(.ok, type: "application/json", #"{"slide":"\#(slide.id)","page":\#(page)}"#)
    }
}
