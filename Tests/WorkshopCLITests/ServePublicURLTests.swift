import Foundation
import Testing
import WorkshopServer
import WorkshopTestSupport

/// `serve --public-url`: every link `serve` prints names the public URL, path included, and so does
/// every QR code, read back from the terminal's half blocks module by module; a bad one is one line;
/// a room on loopback with no public URL says phones cannot reach it. Through the binary.
struct ServePublicURLTests {
    @Test func linksAndQRCodesNameThePublicURL() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let run = try copy.run([], input: """
            open stirling-2015
            serve --listen 127.0.0.1:0 --assign table-1=academic --public-url https://rooms.example.ac.uk/stirling/
            serve stop
            """)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\n")
        let links = lines.filter { $0.hasPrefix("table-") }
        #expect(links.count == 5)
        for line in links {
            let link = try #require(line.split(separator: " ").last.map(String.init))
            #expect(link.hasPrefix("https://rooms.example.ac.uk/stirling/g/"), "\(line)")
            let index = try #require(lines.firstIndex(of: line))
            let code = try #require(QRCode(link))
            let drawn = Array(lines[(index + 1)...].prefix { !$0.isEmpty })
            #expect(Self.modules(drawn, size: code.size) == code.modules, "the QR code under \(line) is its link")
        }
        #expect(lines.contains { $0.hasPrefix("projector (facilitator only): https://rooms.example.ac.uk/stirling/f/") })
        #expect(lines.contains { $0.hasPrefix("join cards to print: https://rooms.example.ac.uk/stirling/f/") && $0.hasSuffix("/cards") })
        #expect(!run.stdout.contains("http://127.0.0.1"), "no link names the address listened on")
        #expect(!run.stdout.contains("warning:"), "a proxy on this machine reaches loopback")
    }

    @Test func aRoomOfIndividualsPrintsItsRoomLinkUnderThePublicURL() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let run = try copy.run([], input: """
            open stirling-2015
            serve --listen 127.0.0.1:0 --no-qr --individuals --public-url http://10.0.0.7:8080
            serve stop
            """)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.contains("room link (every phone, each its own rater): http://10.0.0.7:8080/join/"))
    }

    @Test func trustingEveryAddressIsWarnedOf() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let run = try copy.run([], input: "open stirling-2015\nserve --listen 127.0.0.1:0 --no-qr --trust-proxy ::/0\nserve stop\n")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.contains("warning: --trust-proxy ::/0 trusts every address, so anyone can say which address and host they come from"))
    }

    @Test func loopbackWithoutAPublicURLIsWarnedOf() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let run = try copy.run([], input: "open stirling-2015\nserve --listen 127.0.0.1:0 --no-qr\nserve stop\n")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let warnings = run.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("warning:") }
        #expect(warnings == ["warning: phones cannot reach 127.0.0.1; listen on 0.0.0.0 or give --public-url"])
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        let url: String
        let says: String
        var testDescription: String { url }
    }

    @Test(arguments: [
        Bad(url: "rooms.example.ac.uk/stirling/", says: "it does not start with http:// or https://"),
        Bad(url: "ftp://rooms.example.ac.uk/", says: "it does not start with http:// or https://"),
        Bad(url: "https:///stirling/", says: "it names no host"),
        Bad(url: "https://rooms.example.ac.uk:99999/stirling/", says: "its port 99999 is not one from 1 to 65535"),
        Bad(url: "https://rooms.example.ac.uk/g/", says: "its path starts with /g/, which the room's own addresses use; choose another"),
        Bad(url: "https://rooms.example.ac.uk/?room=1", says: "a public URL has no spaces, query, fragment or user name"),
        Bad(url: "https://anna@rooms.example.ac.uk/", says: "a public URL has no spaces, query, fragment or user name"),
    ])
    func aBadPublicURLIsOneLine(_ bad: Bad) throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let run = try copy.run(["serve", "stirling-2015", "--listen", "127.0.0.1:0", "--no-qr", "--public-url", bad.url])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("--public-url '\(bad.url)': \(bad.says)"), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("e.g. https://rooms.example.ac.uk/stirling/\n"))
        #expect(run.stderr.filter { $0 == "\n" }.count == 1, "one line")
        #expect(!FileManager.default.fileExists(atPath: copy.path + "/sessions/stirling-2015.jsonl.room"), "nothing written")
    }

    @Test func aBadTrustedProxyIsOneLine() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let run = try copy.run(["serve", "stirling-2015", "--listen", "127.0.0.1:0", "--trust-proxy", "127.0.0.1,proxy.local"])
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("--trust-proxy 'proxy.local' is not an address or ADDRESS/BITS, e.g. 127.0.0.1 or "
            + "10.0.0.0/8: give the address the proxy connects from\n"), "\(run.stderr)")
        #expect(run.stderr.filter { $0 == "\n" }.count == 1, "one line")
    }

    /// The dark modules of a QR code drawn by `TerminalQR` (light modules filled, a quiet zone of two).
    static func modules(_ lines: [String], size: Int) -> [Bool] {
        let rows = lines.map(Array.init)
        func light(_ row: Int, _ column: Int) -> Bool {
            guard row / 2 < rows.count, column < rows[row / 2].count else { return false }
            let cell = rows[row / 2][column]
            return row % 2 == 0 ? (cell == "█" || cell == "▀") : (cell == "█" || cell == "▄")
        }
        return (0..<size).flatMap { row in (0..<size).map { column in !light(row + 2, column + 2) } }
    }
}
