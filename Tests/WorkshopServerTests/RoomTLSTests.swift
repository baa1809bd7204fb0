import Foundation
import Hummingbird
import HummingbirdTesting
import NIOSSL
import Testing
import WorkshopKit
import WorkshopTestSupport
@testable import WorkshopServer

/// `serve --tls-cert FILE --tls-key FILE`: the room serves HTTPS with the certificate it was given
/// (a client that trusts only that certificate, checking the name, gets the phone's page and saves
/// an answer), and a certificate or key that cannot serve is one line naming the file and the fix,
/// before anything listens.
struct RoomTLSTests {
    @Test func aRoomServesHTTPSWithTheCertificateItWasGiven() async throws {
        let files = try Certificates()
        let tls = try RoomTLS.load(certificate: files.certificate, key: files.key)
        let room = try await RoomUnderTest(venue: RoomVenue(tls: tls))
        let token = room.token()
        #expect(room.room.base.hasPrefix("https://127.0.0.1:"), "links name the scheme phones must use")
        #expect(room.room.joinLinks.allSatisfy { $0.link.hasPrefix("https://") })
        let port = try #require(room.room.listening.split(separator: ":").last.flatMap { Int($0) })
        var trusting = TLSConfiguration.makeClientConfiguration()
        trusting.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(files.certificate))
        trusting.certificateVerification = .fullVerification
        let answer = ByteBuffer(string: #"{"activity":"drop-in","persona":"academic","answer":"4","key":"tls-1"}"#)
        do {
            try await TestClient.withClient(host: "127.0.0.1", port: port,
                                            configuration: .init(tlsConfiguration: trusting, serverName: "localhost")) { client in
                let page = try await client.get("/g/\(token)")
                #expect(page.status == .ok)
                #expect(page.body.map { String(buffer: $0) }?.contains("action=\"/g/\(token)/answers\"") == true)
                let saved = try await client.post("/g/\(token)/answers", headers: Headers.json, body: answer)
                #expect(saved.status == .ok)
            }
        } catch {
            await RoomUnderTest.stop(room.room)
            throw error
        }
        await RoomUnderTest.stop(room.room)
        #expect(try room.records("answer").count == 1)
    }

    /// A plain HTTP request to the HTTPS port gets no page: the room speaks only TLS there.
    @Test func plainHTTPGetsNoPageFromAnHTTPSRoom() async throws {
        let files = try Certificates()
        let room = try await RoomUnderTest(venue: RoomVenue(tls: try RoomTLS.load(certificate: files.certificate, key: files.key)))
        let port = try #require(room.room.listening.split(separator: ":").last.flatMap { Int($0) })
        let token = room.token()
        let plain = try? await TestClient.withClient(host: "127.0.0.1", port: port,
                                                     configuration: .init(timeout: .seconds(3))) { client in
            try await client.get("/g/\(token)").status
        }
        await RoomUnderTest.stop(room.room)
        #expect(plain != .ok)
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var name: String
        /// File names in the test's folder; empty names the folder itself.
        var certificate: String
        var key: String
        /// The line, with `FOLDER` for the test's folder.
        var line: String
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(name: "missing certificate", certificate: "missing.pem", key: "key.pem",
                line: "--tls-cert 'FOLDER/missing.pem': no such file; give the path of the certificate (PEM)"),
        Refusal(name: "missing key", certificate: "cert.pem", key: "missing.pem",
                line: "--tls-key 'FOLDER/missing.pem': no such file; give the path of its private key (PEM)"),
        Refusal(name: "a folder", certificate: "", key: "key.pem",
                line: "--tls-cert 'FOLDER' is a folder, not a file; give the path of the certificate (PEM)"),
        Refusal(name: "not a certificate", certificate: "notes.txt", key: "key.pem",
                line: "--tls-cert 'FOLDER/notes.txt' holds no PEM certificate (a '-----BEGIN CERTIFICATE-----' block); "
                    + "give the certificate file, e.g. fullchain.pem"),
        Refusal(name: "the certificate as key", certificate: "cert.pem", key: "cert.pem",
                line: "--tls-key 'FOLDER/cert.pem' holds no PEM private key, or one protected by a passphrase; "
                    + "give the unencrypted key file, e.g. privkey.pem"),
        Refusal(name: "another certificate's key", certificate: "cert.pem", key: "other-key.pem",
                line: "--tls-key 'FOLDER/other-key.pem' is not the private key of the certificate in 'FOLDER/cert.pem'; "
                    + "give the key the certificate was made with (its pair from the same request)"),
    ]

    @Test(arguments: refusals)
    func aCertificateOrKeyThatCannotServeIsOneLine(_ refusal: Refusal) throws {
        let files = try Certificates()
        let line = refusal.line.replacingOccurrences(of: "FOLDER", with: files.folder.path)
        #expect(throws: RoomError.badOption(line)) {
            _ = try RoomTLS.load(certificate: files.file(refusal.certificate), key: files.file(refusal.key))
        }
    }
}

/// A certificate past its last day (this one lasts two) is refused, naming the day.
struct RoomTLSExpiryTests {
    @Test func anExpiredCertificateIsOneLine() throws {
        let files = try Certificates()
        let later = Date().addingTimeInterval(3 * 86_400)
        let tls = try RoomTLS.load(certificate: files.certificate, key: files.key)
        #expect(throws: RoomError.badOption("--tls-cert '\(files.certificate)' expired on \(RoomTLS.day(tls.expires)); "
            + "renew it (certbot renew) or give a current certificate")) {
            _ = try RoomTLS.load(certificate: files.certificate, key: files.key, now: later)
        }
    }
}

/// A key the user serving cannot read: said so, with the fix. Root reads any file, so as root the
/// case cannot be made and is left out with a line saying so.
struct RoomTLSPermissionTests {
    @Test func aKeyThisUserCannotReadIsOneLine() throws {
        guard getuid() != 0 else {
            print("skipped: a file root cannot read cannot be made (running as root)")
            return
        }
        let files = try Certificates()
        #expect(chmod(files.key, 0) == 0)
        #expect(throws: RoomError.badOption("--tls-key '\(files.key)' cannot be read by this user (permission denied); "
            + "let the user who runs serve read it (chgrp and chmod g+r), or copy it where that user can")) {
            _ = try RoomTLS.load(certificate: files.certificate, key: files.key)
        }
    }
}

extension Certificates {
    func file(_ name: String) -> String { name.isEmpty ? folder.path : folder.path + "/" + name }
}
