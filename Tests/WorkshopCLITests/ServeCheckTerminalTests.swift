import Foundation
import Testing
import WorkshopTestSupport

/// The network check at the prompt, in a real terminal: `serve` prints the check link, `serve
/// check` shows it with its QR code, and a phone opening it is a line above the prompt, once per
/// address, naming the phone's own address behind a trusted proxy; the laptop opening it is told
/// that it proves nothing.
@Suite(.serialized)
struct ServeCheckTerminalTests {
    @Test func aPhoneOpeningTheCheckLinkIsALineAtThePrompt() throws {
        let copy = try ExampleCopy()
        _ = try copy.run(["start", "stirling-2015"])
        let terminal = try TmuxTerminal.prompt(on: copy, opening: "stirling-2015")
        try terminal.send("serve --listen 127.0.0.1:0 --no-qr --trust-proxy 127.0.0.1")
        try terminal.press("Enter")
        let screen = try terminal.waitFor("serving in the background")
        let line = try #require(screen.split(separator: "\n").first { $0.hasPrefix("network check: open ") })
        let link = String(line.split(separator: " ")[3])
        #expect(link.hasPrefix("http://127.0.0.1:") && link.contains("/check/"))
        try terminal.send("serve check")
        try terminal.press("Enter")
        try terminal.waitFor("a line saying 'check:' appears here")
        #expect(try terminal.screen().contains("█"), "serve check draws the link's QR code")
        let iPhone = ["User-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)", "X-Forwarded-For: 203.0.113.7"]
        #expect(try PhonePost.get(link, headers: iPhone) == 200)
        #expect(try PhonePost.get(link, headers: iPhone) == 200)
        // From the trusted proxy with no X-Forwarded-Host: through the room's own address.
        let base = try #require(link.components(separatedBy: "/check/").first)
        try terminal.waitFor("check: an iPhone at 203.0.113.7 reached the room through \(base): phones on that network can answer")
        #expect(try PhonePost.get(link) == 200)
        try terminal.waitFor("check: the check link was opened on this machine (127.0.0.1), which proves nothing")
        let text = try terminal.screen()
        #expect(text.components(separatedBy: "check: an iPhone").count == 2, "a reload is not a second arrival: \(text)")
        #expect(try PhonePost.get(link + "0") == 403)
        try terminal.send("serve stop")
        try terminal.press("Enter")
        try terminal.waitFor("stopped serving stirling-2015")
    }
}
