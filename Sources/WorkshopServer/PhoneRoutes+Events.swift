import Hummingbird

/// `GET /g/TOKEN/events`: the table's own view as server-sent events (`TableView`), so every phone
/// of a table shows the answers, notes and ideas the others send, within a second.
extension PhoneRoutes {
    func events(_ context: RoomContext) throws -> Response {
        let (_, group) = try context.table()
        return room.events(table: group)
    }
}
