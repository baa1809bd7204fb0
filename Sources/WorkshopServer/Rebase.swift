import Hummingbird

/// A response as its asker sees it under a path prefix (`/stirling`, behind a proxy): the room's
/// pages and redirects name its addresses from the root (`/g/TOKEN`, `/assets/room.css`), and each
/// such address gets the prefix here, in one place, rather than in every page. On a page only the
/// attributes that hold the room's addresses change; the HTML layer escapes every `"` in text and
/// attribute values alike, so ` href="/` can only be the start of such an attribute.
enum Rebase {
    /// The attributes whose root-relative address gets the prefix.
    static let attributes = ["href", "src", "action", "data-events", "data-link"]

    /// `response` with its redirect and, on a page, its addresses under `prefix`.
    static func apply(_ response: Response, prefix: String) async throws -> Response {
        guard !prefix.isEmpty else { return response }
        var response = response
        if let location = response.headers[.location] { response.headers[.location] = Self.location(location, prefix: prefix) }
        guard response.headers[.contentType]?.hasPrefix("text/html") == true else { return response }
        let collector = Collector()
        try await response.body.write(collector)
        let page = html(String(buffer: collector.buffer), prefix: prefix)
        response.body = ResponseBody(byteBuffer: ByteBuffer(string: page))
        return response
    }

    /// A root-relative address with the prefix before it; any other left as it is.
    static func location(_ value: String, prefix: String) -> String {
        value.hasPrefix("/") && !value.hasPrefix("//") ? prefix + value : value
    }

    /// `text` with `prefix` put before every root-relative address in `attributes`.
    static func html(_ text: String, prefix: String) -> String {
        var text = text
        for name in attributes {
            text = text.replacingOccurrences(of: " \(name)=\"/", with: " \(name)=\"\(prefix)/")
                // A protocol-relative address (`//host/...`) is not the room's: put it back.
                .replacingOccurrences(of: " \(name)=\"\(prefix)//", with: " \(name)=\"//")
        }
        return text
    }

    /// Gathers a body written in parts (a page is one, but a body may be written in any number).
    private final class Collector: ResponseBodyWriter {
        var buffer = ByteBuffer()

        func write(_ part: ByteBuffer) async throws {
            var part = part
            buffer.writeBuffer(&part)
        }

        func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
