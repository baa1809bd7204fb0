import Foundation
import Hummingbird
import WorkshopKit

/// The room's addresses, one route collection per page: the front door and its assets, a table's
/// phone (`/g/TOKEN`), the facilitator's projector (`/f/TOKEN`). The token is checked once, by
/// `Identify` on the phone's and the facilitator's routes; errors and the guard headers are
/// `GuardHeaders`'s. Nothing reads the disk: assets are compiled in.
extension LiveRoom {
    static let maxBody = 8 * 1024

    /// The routes behind the room's door (`RoomDoor`: where a request comes from, a path prefix).
    func makeRouter() -> RoomDoor {
        let router = Router(context: RoomContext.self)
        // Outermost, so each line has the status the phone got (`serve --log-requests`).
        if let write = venue.log { router.add(middleware: RequestLog(write: write)) }
        // Outside the guard so that an error's response loses its body on `HEAD` too.
        router.add(middleware: HeadAsGet())
        router.add(middleware: GuardHeaders(room: self))
        // Inside the guard, which words its refusals: outside `serve --open-from`/`--until`, phones only read.
        router.add(middleware: WindowGate(room: self))
        router.addRoutes(FrontDoorRoutes(room: self).routes)
        router.addRoutes(JoinRoutes(room: self).routes)
        router.addRoutes(CheckRoutes(room: self).routes)
        router.addRoutes(PhoneRoutes(room: self).routes, atPath: "g/:token")
        router.addRoutes(FacilitatorRoutes(room: self).routes, atPath: "f/:token")
        return RoomDoor(router: router, room: self)
    }

    func view() -> RoomView {
        view(showing: nil)
    }

    static func json(_ view: RoomView) -> String {
        (try? JSONEncoder().encode(view)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
