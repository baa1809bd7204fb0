import Hummingbird

/// A table's phone, under `/g/TOKEN`: its page, and where it posts answers and notes
/// (`PhoneRoutes+Answer`). `Identify` has found the table before a handler runs.
struct PhoneRoutes {
    let room: LiveRoom

    var routes: RouteCollection<RoomContext> {
        let routes = RouteCollection(context: RoomContext.self)
        routes.group().add(middleware: Identify(.table, room: room)).page { [room] request, context in
            let (token, group) = try context.table()
            let state = room.gate.state
            let query = request.uri.queryParameters
            let persona = room.persona(of: group) ?? query.get("persona").flatMap { state.plan.personas.contains($0) ? $0 : nil }
            let page = PhonePage(state: state, group: group, token: token, persona: persona, saved: query.get("saved"),
                                 noted: query.get("noted") == "1")
            return Reply.html(page.html())
        }
        // The page's script reads JSON, a plain form (JavaScript off) a page: a wrong token too.
        routes.group("answers").add(middleware: Identify(.table, format: .asked, room: room)).post { request, context in
            try await answer(request, context)
        }
        return routes
    }
}
