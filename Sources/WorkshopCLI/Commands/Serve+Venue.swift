import ArgumentParser
import Foundation
import WorkshopKit
import WorkshopServer

/// `serve`'s options for a room away from the facilitator's laptop: HTTPS of its own, the days
/// phones may write before the meeting, and a line per request for a service's log. Read afresh
/// by each `serve`, never kept: a service names them on its command line (deploy/workshop-room.service).
struct VenueOptions: ParsableArguments {
    @Option(name: .customLong("tls-cert"), help: ArgumentHelp(
        "Serve HTTPS with this certificate chain (PEM, e.g. fullchain.pem); needs --tls-key.", valueName: "file"))
    var tlsCertificate: String?

    @Option(name: .customLong("tls-key"), help: ArgumentHelp(
        "The certificate's private key (PEM, unencrypted, e.g. privkey.pem); needs --tls-cert.", valueName: "file"))
    var tlsKey: String?

    /// What `serve` passes the room: the certificate read and checked, the window read in the
    /// plan's zone (the times it gives printed, so a service's log says them), the log's sink.
    func venue(for session: Session, context: CommandContext) throws(RoomError) -> RoomVenue {
        var venue = RoomVenue()
        switch (tlsCertificate, tlsKey) {
        case let (certificate?, key?): venue.tls = try RoomTLS.load(certificate: certificate, key: key)
        case (nil, nil): break
        case (_?, nil): throw .badOption("--tls-cert needs --tls-key: give the certificate's private key too")
        case (nil, _?): throw .badOption("--tls-key needs --tls-cert: give the certificate the key belongs to")
        }
        return venue
    }
}
