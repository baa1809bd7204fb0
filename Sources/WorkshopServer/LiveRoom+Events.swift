import Hummingbird
import NIOCore

extension LiveRoom {
    /// Server-sent events: the view now, then again after every change.
    func events() -> Response {
        let (id, signals) = broadcast.listen()
        let room = self
        let body = ResponseBody { writer in
            defer { room.broadcast.leave(id) }
            try await writer.write(ByteBuffer(string: "data: \(Self.json(room.view()))\n\n"))
            for await _ in signals {
                try await writer.write(ByteBuffer(string: "data: \(Self.json(room.view()))\n\n"))
                // At most four redraws a second: a projector needs no more, and each takes a copy
                // of the state that the next write must then copy again.
                try await Task.sleep(for: .milliseconds(250))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }
}
