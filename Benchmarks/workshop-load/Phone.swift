import Foundation

/// One simulated phone: a kept-alive connection to the room, sending its table's answers one after
/// another, each only after the previous one was acknowledged, as the page's script does.
struct Phone {
    let number: Int
    let host: String
    let port: UInt16
    let path: String
    var fd: Int32 = -1
    var sent = 0
    /// The request in flight: its bytes, how many are written, when it started, its note.
    var request: [UInt8] = []
    var written = 0
    var started: UInt64 = 0
    var note = ""
    var isRetry = false
    var response: [UInt8] = []
    var done = false

    init(number: Int, link: String) {
        self.number = number
        // http://HOST:PORT/g/TOKEN
        let rest = link.dropFirst("http://".count)
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        let authority = rest[..<slash]
        let colon = authority.lastIndex(of: ":")!
        host = String(authority[..<colon])
        port = UInt16(authority[authority.index(after: colon)...])!
        path = String(rest[slash...])
    }

    mutating func connect() -> Bool {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Foundation.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { return false }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        return true
    }

    /// Starts the next request: answer `key` for `activity`, with a note that names it.
    mutating func begin(activity: String, answer: String, key: String, note: String, retry: Bool, now: UInt64) {
        let body = "{\"activity\":\"\(activity)\",\"answer\":\"\(answer)\",\"key\":\"\(key)\",\"note\":\"\(note)\"}"
        let head = "POST \(path)/answers HTTP/1.1\r\nHost: \(host)\r\nContent-Type: application/json\r\n"
            + "Accept: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n"
        request = Array((head + body).utf8)
        written = 0
        started = now
        self.note = note
        isRetry = retry
        response.removeAll(keepingCapacity: true)
    }

    /// Writes what it can; true when the whole request is out.
    mutating func write() -> Bool? {
        let count = request[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        if count < 0 { return errno == EAGAIN ? false : nil }
        written += count
        return written == request.count
    }

    /// Reads what arrived; the status and body once the whole response is in, nil while waiting,
    /// and status 0 when the connection failed (the server died).
    mutating func read() -> (status: Int, body: String)? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
        if count == 0 || (count < 0 && errno != EAGAIN) { return (0, "") }
        if count > 0 { response += buffer[..<count] }
        guard let end = headEnd() else { return nil }
        let head = String(decoding: response[..<end], as: UTF8.self)
        let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
        guard response.count >= end + 4 + length else { return nil }
        let status = Int(head.split(separator: " ")[1]) ?? 0
        return (status, String(decoding: response[(end + 4)..<(end + 4 + length)], as: UTF8.self))
    }

    private func headEnd() -> Int? {
        guard response.count >= 4 else { return nil }
        for index in 0...(response.count - 4) where response[index] == 13 && response[index + 1] == 10
            && response[index + 2] == 13 && response[index + 3] == 10 { return index }
        return nil
    }
}
