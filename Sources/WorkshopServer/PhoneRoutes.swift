import Hummingbird
import WorkshopKit

/// A table's phone, under `/g/TOKEN`: its page, where it posts answers and notes
/// (`PhoneRoutes+Answer`), and its ideas and dots (`PhoneRoutes+Ideas`). `Identify` has found the table before a handler runs.
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
                                 noted: query.get("noted") == "1", ideasDone: query.get("ideas"), language: room.language(request),
                                 query: PageLanguage.query(request))
            return Reply.html(page.html())
        }
        // The page's script reads JSON, a plain form (JavaScript off) a page: a wrong token too.
        routes.group("answers").add(middleware: Identify(.table, format: .asked, room: room)).post { request, context in
            try await answer(request, context)
        }
        // Ideas and dots answer as answers do: JSON for the script, a page or a redirect for a form.
        let ideas = routes.group("ideas").add(middleware: Identify(.table, format: .asked, room: room))
        ideas.post { request, context in try await newIdea(request, context) }
        ideas.post(":id") { request, context in try await editIdea(request, context) }
        ideas.post(":id/withdraw") { request, context in try await withdrawIdea(request, context) }
        ideas.page(":id") { request, context in try editForm(request, context) }
        routes.group("events").add(middleware: Identify(.table, room: room)).get { _, context in try events(context) }
        routes.group("dots").add(middleware: Identify(.table, format: .asked, room: room)).post { request, context in
            try await placeDots(request, context)
        }
        return routes
    }

    /// `GET /g/TOKEN/ideas/ID`: the form that edits or withdraws one of the table's ideas, for a
    /// phone without JavaScript; 404 for an idea the table may not change.
    func editForm(_ request: Request, _ context: RoomContext) throws -> Response {
        let (token, group) = try context.table()
        let state = room.gate.state
        let idea: Idea
        do throws(RoomRefusal) {
            idea = try IdeaForm.owned(context.parameters.get("id") ?? "", by: group, in: state.ideaWall)
        } catch {
            // Another table's idea is not found either: a phone edits only its own.
            throw (error.status == .forbidden ? IdeaForm.noIdea : error).replying(false, back: "/g/\(token)")
        }
        let persona = request.uri.queryParameters.get("persona").flatMap { state.plan.personas.contains($0) ? $0 : nil }
        return Reply.html(IdeaEditPage(state: state, idea: idea, token: token, persona: persona,
                                       language: room.language(request), query: PageLanguage.query(request)).html())
    }
}
