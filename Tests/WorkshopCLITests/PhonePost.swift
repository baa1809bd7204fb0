import Foundation
import Testing

/// A phone's request over a plain socket (no HTTP client library in the tests): the status code.
enum PhonePost {
    struct Refused: Error {}

    /// POSTs `json` to `link` (`http://HOST:PORT/path`).
    static func send(_ json: String, to link: String) throws -> Int {
        try exchange(link, head: { "POST \($0) HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(json.utf8.count)\r\nConnection: close\r\n\r\n\(json)" })
    }

    /// GETs `link` with `headers` ("Name: value" lines) besides the Host.
    static func get(_ link: String, headers: [String] = []) throws -> Int {
        try exchange(link, head: { path in
            "GET \(path) HTTP/1.1\r\nHost: x\r\n" + headers.map { $0 + "\r\n" }.joined() + "Connection: close\r\n\r\n"
        })
    }

    private static func exchange(_ link: String, head: (Substring) -> String) throws -> Int {
        let rest = link.dropFirst("http://".count)
        let slash = try #require(rest.firstIndex(of: "/"))
        let parts = rest[..<slash].split(separator: ":")
        guard parts.count == 2, let port = UInt16(parts[1]) else { throw Refused() }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, String(parts[0]), &address.sin_addr)
        // A server that never answers fails the test in five seconds instead of hanging it.
        var limit = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Refused() }
        let request = head(rest[slash...])
        _ = Array(request.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        var response = [UInt8](repeating: 0, count: 4096)
        let count = response.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 12 else { throw Refused() }
        return Int(String(decoding: response[9..<12], as: UTF8.self)) ?? 0
    }
}
