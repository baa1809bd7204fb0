import Hummingbird

/// The check link's address, `/check/TOKEN`: a page telling the phone it got through, in its
/// language, and the arrival told to the facilitator (`PhoneCheck`). A wrong token is refused as a
/// wrong table token is. `HEAD` shows the page and tells no one: a link preview is not a phone.
struct CheckRoutes {
    let room: LiveRoom

    var routes: RouteCollection<RoomContext> {
        let routes = RouteCollection(context: RoomContext.self)
        routes.page("/check/:token") { [room] request, context in
            guard let check = room.venue.check, let token = context.parameters.get("token"),
                  RoomTokens.same(token, check.token) else { throw RoomRefusal.forbidden.replying(false) }
            if request.method == .get { check.arrived(Self.hit(request, context: context, room: room)) }
            let m = room.language(request).messages
            return Reply.html(Page.message(m["room.check.title"], m["room.check.line"], language: room.language(request)))
        }
        return routes
    }

    /// Who opened the link, and through which address: the public one when a proxy brought it,
    /// else the host the phone asked for (at most 100 characters of it). A proxy the room does not
    /// trust shows itself by the forwarded headers it sends, or, on this machine, by the public URL.
    static func hit(_ request: Request, context: RoomContext, room: LiveRoom) -> PhoneCheck.Hit {
        let proxied = context.origin.viaProxy
        let own = PhoneCheck.isThisMachine(context.origin.client)
        let forwarded = request.headers.contains { $0.name.canonicalName == "x-forwarded-for" }
        let untrusted = !proxied && (forwarded || (own && room.venue.publicURL != nil))
        let asked = String((request.head.authority ?? "").prefix(100))
        let through = proxied || untrusted ? context.origin.base ?? room.linkBase
            : "\(room.venue.scheme)://\(asked)\(context.origin.prefix)"
        return PhoneCheck.Hit(client: context.origin.client, through: through,
                              device: PhoneCheck.device(request.headers[.userAgent]), fromThisMachine: own,
                              proxyNotTrusted: untrusted)
    }
}
