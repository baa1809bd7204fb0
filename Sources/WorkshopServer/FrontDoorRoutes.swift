import Hummingbird

/// The addresses anyone may ask for, with no token: the front door and the compiled-in assets.
struct FrontDoorRoutes {
    let room: LiveRoom

    var routes: RouteCollection<RoomContext> {
        let routes = RouteCollection(context: RoomContext.self)
        routes.page("/") { [room] request, _ in
            let language = room.language(request)
            return Reply.html(Page.message(language.messages["room.front.title"], language.messages["room.front.line"],
                                           language: language))
        }
        routes.page("/assets/:name") { _, context in
            guard let asset = context.parameters.get("name").flatMap({ Assets.file($0[...]) }) else {
                return Reply.text(.notFound, "no such file")
            }
            return Reply.body(.ok, type: asset.type, asset.body)
        }
        return routes
    }
}
