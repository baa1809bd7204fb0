import Foundation
import Hummingbird

/// The facilitator's addresses, under `/f/TOKEN`: the projector's page, its view as JSON and as a
/// stream of events, the switch that shows or hides results, the theming form (`+Themes`), the join cards. `Identify` has
/// checked the token before a handler runs.
struct FacilitatorRoutes {
    let room: LiveRoom

    var routes: RouteCollection<RoomContext> {
        let routes = RouteCollection(context: RoomContext.self)
        // Read by scripts: a wrong token is refused in JSON too.
        routes.group("view").add(middleware: Identify(.facilitator, format: .json, room: room)).page { [room] _, _ in
            Reply.body(.ok, type: "application/json", LiveRoom.json(room.view()))
        }
        let pages = routes.group().add(middleware: Identify(.facilitator, room: room))
        pages.page { [room] request, context in
            let still = request.uri.queryParameters.get("still") == "1"
            let view = room.view(showing: request.uri.queryParameters.get("slide").flatMap { room.slide(named: String($0)) })
            return Reply.html(ProjectorPage(view: view, token: try context.facilitator(), still: still,
                                            language: room.language(request), query: PageLanguage.query(request)).html())
        }
        pages.get("events") { [room] _, _ in
            room.events()
        }
        pages.post("results") { [room] request, context in
            var request = request
            let body = String(buffer: try await request.collectBody(upTo: LiveRoom.maxBody))
            room.hideResults = !body.contains("show=1")
            return Reply.redirect("/f/\(try context.facilitator())")
        }
        // The page's script reads JSON, a plain form (JavaScript off) a page: a wrong token too.
        routes.group("themes").add(middleware: Identify(.facilitator, format: .asked, room: room)).post { request, context in
            try await theme(request, context)
        }
        pages.page("cards") { [room] request, context in
            let state = room.gate.state
            // Behind a trusted proxy with no --public-url, the address the facilitator opened.
            let base = context.origin.base ?? room.linkBase
            if let link = room.roomLink(under: base) {
                return Reply.html(JoinPoster(title: state.plan.title, link: link, cap: room.individuals?.mostPhones ?? 0,
                                                  language: room.language(request)).html())
            }
            let names = Dictionary(state.personas.map { ($0.id, $0.name) }) { first, _ in first }
            let cards = room.joinLinks(under: base).map { ($0.group, $0.persona.map { names[$0] ?? $0 }, $0.link) }
            return Reply.html(JoinCards(title: state.plan.title, cards: cards, language: room.language(request)).html())
        }
        addSlides(to: routes)
        return routes
    }
}
