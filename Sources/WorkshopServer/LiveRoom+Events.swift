import Foundation
import Hummingbird
import NIOCore

extension LiveRoom {
    /// The view as the event stream sends it, made once per change however many streams ask: a
    /// view made while a change lands is stored under the count before it, so the next redraw
    /// makes it again.
    func viewJSON() -> String {
        let generation = broadcast.generation
        if let json = viewCache.json(at: generation) { return json }
        let json = Self.json(view())
        viewCache.store(json, at: generation)
        return json
    }

    /// One table's view as its phones' streams send it, made once per change to that table, as
    /// `viewJSON` is for the room; `settled` false when it may be older than the change that woke it.
    func tableJSON(_ group: String) -> (json: String, settled: Bool) {
        let generation = broadcast.generation(of: group)
        if let json = broadcast.tableViews.json(of: group, at: generation) { return (json, true) }
        let asked = ContinuousClock.now
        let state = gate.state
        // The gate hands out the copy it has when the writer holds the session past a tenth of a
        // second: perhaps from before the answer that woke the stream. Such a view is sent, not
        // kept, and made again (`stream`), or a table's second phone could keep a stale answer.
        let settled = ContinuousClock.now - asked < .milliseconds(90)
        let view = TableView(state: state, group: group, persona: persona(of: group),
                             notes: broadcast.tableNotes.notes(of: group, in: state))
        let json = (try? JSONEncoder().encode(view)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        if settled { broadcast.tableViews.store(json, of: group, at: generation) }
        return (json, settled)
    }

    /// Server-sent events for the projector: the view now, then again after every change.
    func events() -> Response {
        stream(listening: nil, generation: { $0.broadcast.generation }) { ($0.viewJSON(), true) }
    }

    /// Server-sent events for a table's phones: its view now, then again after every change that
    /// touches the table or the whole room (another table's answers wake it not).
    func events(table group: String) -> Response {
        stream(listening: group, generation: { $0.broadcast.generation(of: group) }) { $0.tableJSON(group) }
    }

    /// The stream: a view whenever `generation` moved since the last one sent, and a comment
    /// (which a browser's EventSource ignores) when woken with nothing new (`RoomBroadcast.beat`).
    private func stream(listening group: String?, generation: @escaping @Sendable (LiveRoom) -> UInt64,
                        _ view: @escaping @Sendable (LiveRoom) -> (json: String, settled: Bool)) -> Response {
        let (id, signals) = broadcast.listen(group: group)
        let room = self
        let body = ResponseBody { writer in
            defer { room.broadcast.leave(id) }
            // The view now, then after each signal; a view that may be stale is made again.
            var next = signals.makeAsyncIterator()
            var sent: UInt64?
            repeat {
                if let sent, generation(room) == sent {
                    try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                    continue
                }
                var settled = false
                while !settled {
                    let counted = generation(room)
                    let made = view(room)
                    settled = made.settled
                    try await writer.write(ByteBuffer(string: "data: \(made.json)\n\n"))
                    sent = counted
                    // At most ten redraws a second: an idea is on the wall well within a quarter of a
                    // second of its acknowledgement (250 ms here put the p99 at 297 ms with 50 streams),
                    // and each view is made once per change for every stream (`viewJSON`), so more
                    // streams cost no more copies of the state.
                    try await Task.sleep(for: .milliseconds(100))
                }
            } while await next.next() != nil
            try await writer.finish(nil)
        }
        var headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        // nginx then passes each event on as it comes, whatever its proxy_buffering says.
        if let name = HTTPFields.Element.Name("X-Accel-Buffering") { headers[name] = "no" }
        return Response(status: .ok, headers: headers, body: body)
    }
}
