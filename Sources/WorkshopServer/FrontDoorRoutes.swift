import Hummingbird

/// The addresses anyone may ask for, with no token: the front door and the compiled-in assets.
struct FrontDoorRoutes {
    var routes: RouteCollection<RoomContext> {
        let routes = RouteCollection(context: RoomContext.self)
        routes.page("/") { _, _ in
            Reply.html(Page.message("Workshop room", "Open the link on your table's card, or scan its QR code."))
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
