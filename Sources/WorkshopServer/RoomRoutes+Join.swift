import Hummingbird

/// Individuals mode's doors: the room link (`/join/TOKEN`), which hands each phone a number of its
/// own and sends it (303) to its landing (`/i/PHONE`); the landing, whose script sends a phone that
/// joined before back to the link it remembers (`individual.js`), and every other phone on to its
/// own rating page (`/g/PHONE`). Nothing is written here: a phone's group is made with its first
/// answer (`GroupCommit+Individuals`).
struct JoinRoutes {
    let room: LiveRoom

    var routes: RouteCollection<RoomContext> {
        let routes = RouteCollection(context: RoomContext.self)
        // A link checker's or a chat app's preview asks with HEAD: told the link is good, given no number.
        routes.head("join/:join") { [room] _, context in
            _ = try Self.door(of: room, context)
            return Reply.html("")
        }
        routes.get("join/:join") { [room] request, context in
            let door = try Self.door(of: room, context)
            // Numbers go out no faster than a plenary scans, so a loop on the poster's link costs
            // little; the connection is trusted only once its phone shows its own link (`Identify`).
            if let wait = door.minting.wait(for: "join") {
                throw RoomRefusal(.tooManyRequests, "room.refusal.join_busy", ["seconds": String(wait)])
                    .replying(false, retryAfter: wait)
            }
            switch door.mint() {
            case let .success(token):
                return Reply.redirect("/i/\(token)")
            case let .failure(.full(cap)):
                let language = room.language(request), m = language.messages
                return Reply.body(.forbidden, type: "text/html; charset=utf-8", Page.message(
                    m["room.full.title"], m.count("room.full.line", cap), language: language))
            case let .failure(.unwritable(reason)):
                throw RoomRefusal(PhoneRoutes.insufficientStorage, "room.refusal.join_unwritable", ["reason": reason])
            }
        }
        routes.group("i/:token").add(middleware: Identify(.table, room: room)).page { [room] request, context in
            let (token, group) = try context.table()
            guard room.door != nil else { throw RoomRefusal.forbidden }
            let state = room.gate.state
            return Reply.html(IndividualLanding(title: state.plan.title, group: group, link: "/g/\(token)",
                                                room: room.tokens.join ?? "", language: room.language(request),
                                                query: PageLanguage.query(request)).html())
        }
        return routes
    }

    /// The room's door, when the path names the room link; 403 for anything else.
    static func door(of room: LiveRoom, _ context: RoomContext) throws(RoomRefusal) -> IndividualDoor {
        guard let door = room.door, room.isRoomLink(context.parameters.get("join") ?? "") else {
            throw RoomRefusal(.forbidden, "room.refusal.join_wrong")
        }
        return door
    }
}
