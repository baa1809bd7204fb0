import WorkshopKit
import WorkshopServer

/// What `serve` prints: where it listens, each group's join link (and QR code), the projector's
/// link, and a line for each answer that arrives.
enum ServeText {
    static func started(_ room: LiveRoom, qr: Bool, console: Console) {
        for line in room.notices { console.out(TerminalText.clean(line)) }
        var reach = room.loopbackOnly ? "reachable from this machine only" : "open to anyone who can reach this address"
        if let url = room.venue.publicURL { reach += "; phones come through \(url.base)/" }
        console.out("serving session \(room.gate.sessionID) on \(room.listening) (\(reach))")
        if let warning = room.reachWarning { console.out("warning: " + warning) }
        if room.venue.tls != nil, room.venue.publicURL == nil {
            console.out("warning: the links name this machine's address, which a certificate seldom names, so phones would "
                + "warn of it; give --public-url https://NAME:PORT/ with the name the certificate is for")
        }
        let proxies = room.venue.trustedProxies.map(\.description)
        if !proxies.isEmpty {
            console.out("believing X-Forwarded-* headers only from \(proxies.joined(separator: ", ")) (--trust-proxy)")
        }
        for everyone in room.venue.trustedProxies where everyone.isEveryone {
            console.out(TerminalText.clean("warning: --trust-proxy \(everyone) trusts every address, so anyone can say which "
                + "address and host they come from; give the address the proxy connects from"))
        }
        links(room, qr: qr, console: console)
    }

    static func links(_ room: LiveRoom, qr: Bool, console: Console) {
        for line in ServeText.inForce(room) { console.out(TerminalText.clean(line)) }
        if let link = room.roomLink {
            console.out("")
            console.out("room link (every phone, each its own rater): \(link)")
            if qr, let code = QRCode(link) {
                for line in TerminalQR.lines(code) { console.out(line) }
            }
        }
        for (group, persona, link) in room.joinLinks {
            let plays = persona.map { " (plays \($0))" } ?? " (chooses a persona on the phone)"
            console.out("")
            console.out(TerminalText.clean("\(group)\(plays): \(link)"))
            if qr, let code = QRCode(link) {
                for line in TerminalQR.lines(code) { console.out(line) }
            }
        }
        console.out("")
        // The first network address may be one the phones are not on (a cable, a VPN): the others
        // are there to try, each link the same with its host changed.
        if !room.otherBases.isEmpty {
            console.out("this machine's other addresses, if phones cannot reach \(room.linkBase): "
                + room.otherBases.joined(separator: ", "))
        }
        console.out("projector (facilitator only): \(room.projectorLink)")
        console.out("join cards to print: \(room.cardsLink)")
        if let check = room.checkLink {
            console.out("network check: open \(check) on a phone on the venue's Wi-Fi; a line here says when it arrives ('serve check' at the prompt shows its QR code)")
        }
    }

    /// `serve check`: the check link again, with its QR code, and what to expect.
    static func check(_ room: LiveRoom, qr: Bool, console: Console) {
        guard let link = room.checkLink else { return }
        console.out("open this on a phone on the network the room will use (its Wi-Fi, not this laptop's):")
        console.out(link)
        if qr, let code = QRCode(link) {
            for line in TerminalQR.lines(code) { console.out(line) }
        }
        console.out("a line saying 'check:' appears here when the phone gets through; if none comes, the README's "
            + "'Running the live room at a venue' says what to try")
    }

    /// The line for a check link's arrival: a phone that got through, or this machine itself,
    /// which proves nothing about the phones.
    static func checked(_ hit: PhoneCheck.Hit) -> String {
        let from = hit.client ?? "an unknown address"
        var line: String
        if hit.fromThisMachine {
            line = "check: the check link was opened on this machine (\(from)), which proves nothing about the phones; open it on a phone on the venue's Wi-Fi"
            if hit.proxyNotTrusted {
                line += "; behind a proxy on this machine, give --trust-proxy with its address so the room sees the phone's own"
            }
        } else if hit.proxyNotTrusted {
            line = "check: \(hit.device ?? "a device") reached the room through \(hit.through) by way of a proxy at \(from) that "
                + "--trust-proxy does not name; give --trust-proxy \(from) so the room sees each phone's own address"
        } else {
            line = "check: \(hit.device ?? "a device") at \(from) reached the room through \(hit.through): phones on that network can answer"
        }
        if hit.last { line += " (the last check shown: \(PhoneCheck.mostTold) addresses have been)" }
        return TerminalText.clean(line)
    }

    /// `phone table-3 · academic: drop-in 4`, one line for each answer or note recorded
    /// (`drop-in 4, with a note`; `a note on drop-in`), or idea change (`phone table-3: idea %7 for 'try-first'`).
    static func arrivals(_ arrivals: [Arrival]) -> [String] {
        arrivals.map { arrival in
            let cell = arrival.cell
            if let idea = arrival.idea { return TerminalText.clean("phone \(cell.group): \(idea)") }
            let place = cell.activity + (cell.criterion.map { " (\($0))" } ?? "")
            let what = arrival.answer.map { "\(place) \($0)" + (arrival.noted ? ", with a note" : "") } ?? "a note on \(place)"
            return TerminalText.clean("phone \(cell.group) · \(cell.persona): \(what)")
        }
    }
}
