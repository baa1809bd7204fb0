import ArgumentParser
import Foundation
import WorkshopKit
import WorkshopServer

/// `serve`'s options for a room away from the facilitator's laptop: the address phones open and
/// the proxy believed, HTTPS of its own, the days phones may write before the meeting, and a line
/// per request for a service's log. Read afresh
/// by each `serve`, never kept: a service names them on its command line (deploy/workshop-room.service).
struct VenueOptions: ParsableArguments {
    @Option(help: "The address phones open, when it is not this machine's (a reverse proxy's, a name): http or https, a host, an optional path, e.g. https://rooms.example.ac.uk/stirling/. Links, QR codes and cards name it.")
    var publicURL: String?

    @Option(parsing: .singleValue, help: "The address or network (ADDRESS/BITS) a reverse proxy connects from; only its X-Forwarded-For, -Proto, -Host and -Prefix headers are believed. Repeat it or give a comma-separated list.")
    var trustProxy: [String] = []

    @Option(name: .customLong("tls-cert"), help: ArgumentHelp(
        "Serve HTTPS with this certificate chain (PEM, e.g. fullchain.pem); needs --tls-key.", valueName: "file"))
    var tlsCertificate: String?

    @Option(name: .customLong("tls-key"), help: ArgumentHelp(
        "The certificate's private key (PEM, unencrypted, e.g. privkey.pem); needs --tls-cert.", valueName: "file"))
    var tlsKey: String?

    @Option(help: ArgumentHelp(
        "Phones may answer and write ideas from this day (YYYY-MM-DD, its first moment) or moment (YYYY-MM-DDTHH:MM), in the plan's timezone (else this server's); before it they see when the room opens.",
        valueName: "date"))
    var openFrom: String?

    @Option(help: ArgumentHelp(
        "Phones may write until the end of this day (YYYY-MM-DD: the whole day is included) or until this moment (YYYY-MM-DDTHH:MM); after it they see that the room closed.",
        valueName: "date"))
    var until: String?

    @Flag(help: "Write a line per request to standard error: time, method, path (tokens taken out, no query), status, milliseconds. For a room run as a service; never notes or idea text.")
    var logRequests = false

    /// What `serve` passes the room: the certificate read and checked, the window read in the
    /// plan's zone (the times it gives printed, so a service's log says them), the log's sink, and
    /// a fresh check link whose arrivals are lines at the prompt.
    func venue(for session: Session, context: CommandContext) throws(RoomError) -> RoomVenue {
        var venue = RoomVenue(publicURL: try publicURL.map { (text) throws(RoomError) in try PublicURL.parse(text) },
                              trustedProxies: try Self.proxies(trustProxy),
                              check: PhoneCheck { [notices = context.io.notices] hit in notices.post([ServeText.checked(hit)]) })
        switch (tlsCertificate, tlsKey) {
        case let (certificate?, key?): venue.tls = try RoomTLS.load(certificate: certificate, key: key)
        case (nil, nil): break
        case (_?, nil): throw .badOption("--tls-cert needs --tls-key: give the certificate's private key too")
        case (nil, _?): throw .badOption("--tls-key needs --tls-cert: give the certificate the key belongs to")
        }
        if openFrom != nil || until != nil {
            let (zone, source) = try Self.zone(of: session, context: context)
            venue.window = try RoomWindow.parse(from: openFrom, until: until, zone: zone, zoneSource: source)
            if let window = venue.window { context.console.out("\(window.summary); times in \(source)") }
        }
        if let tls = venue.tls, let closes = venue.window?.closes, tls.expires < closes {
            context.console.out("warning: the certificate in '\(tls.certificatePath)' expires on \(RoomTLS.day(tls.expires)), "
                + "before phones stop answering; renew it and restart serve before then (serve reads it once, at start)")
        }
        if logRequests {
            venue.log = { [errors = context.console.errors] line in errors.write(line + "\n") }
        }
        return venue
    }

    /// `--trust-proxy` as given: repeated, comma-separated, or both.
    static func proxies(_ given: [String]) throws(RoomError) -> [ProxyAddress] {
        var result: [ProxyAddress] = []
        for text in given.flatMap({ $0.split(separator: ",").map(String.init) }) {
            result.append(try ProxyAddress.parse(text.trimmingCharacters(in: .whitespaces)))
        }
        return result
    }

    /// The plan's `timezone:`, else this server's; a plan file that does not load is refused, so
    /// that its zone is not replaced by the server's without a word.
    static func zone(of session: Session, context: CommandContext) throws(RoomError) -> (TimeZone, String) {
        let server = TimeZone.current
        guard let project = try? context.loadProject() else { return (server, "this server's zone: the plans could not be read") }
        do {
            let plan = try project.plan(session.state.plan.id)
            guard let name = plan.timezone, let zone = TimeZone(identifier: name) else {
                return (server, "this server's zone: the plan gives no timezone")
            }
            return (zone, "the plan's timezone")
        } catch .unknownPlan {
            return (server, "this server's zone: the session's plan file is gone")
        } catch {
            throw .badOption("--open-from and --until are read in the plan's timezone, and the plan does not load: \(error)")
        }
    }
}
