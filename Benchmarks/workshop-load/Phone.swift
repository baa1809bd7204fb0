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
    var buffer = [UInt8](repeating: 0, count: 4096)
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
    /// and status 0 when the connection failed (the server died). Bytes, not strings: the client's
    /// own time is taken from the two cores the server has.
    mutating func read() -> (status: Int, body: String)? {
        let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
        if count == 0 || (count < 0 && errno != EAGAIN) { return (0, "") }
        if count > 0 { response.append(contentsOf: buffer[..<count]) }
        guard let end = Self.find([13, 10, 13, 10], in: response) else { return nil }
        let length = Self.find(Array("Content-Length: ".utf8), in: response[..<end]).map { start in
            var value = 0, index = start + 16
            while index < end, (48...57).contains(response[index]) {
                value = value * 10 + Int(response[index] - 48)
                index += 1
            }
            return value
        } ?? 0
        guard response.count >= end + 4 + length, response.count > 12 else { return nil }
        let status = Int(response[9] - 48) * 100 + Int(response[10] - 48) * 10 + Int(response[11] - 48)
        return (status, String(decoding: response[(end + 4)..<(end + 4 + length)], as: UTF8.self))
    }

    static func find(_ needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var index = bytes.startIndex
        while index <= bytes.endIndex - needle.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? { find(needle, in: bytes[...]) }
}
