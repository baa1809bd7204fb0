import Foundation
import Testing
import WorkshopTestSupport

/// `serve`'s options for a venue through the doors a user uses: a certificate or key that cannot
/// serve, or a date that is not one, is one line and exit 1 with nothing served or written; a
/// room with a certificate prints https links; one with days prints them, read in the plan's
/// timezone. Rooms that start are run by the binary (a room started in process would wait for its
/// server on the test's own cooperative pool).
struct ServeVenueTests {
    static func started() throws -> ExampleCopy {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        return copy
    }

    static func tokenFile(_ copy: ExampleCopy) -> String { copy.journal("stirling-2015").path + ".room" }

    @Test func aMissingCertificateIsOneLineAndNothingIsServed() throws {
        let copy = try Self.started()
        let result = try copy.workshop(["serve", "stirling-2015", "--listen", "127.0.0.1:0", "--no-qr",
                                        "--tls-cert", copy.path + "/nowhere.pem", "--tls-key", copy.path + "/key.pem"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: --tls-cert '\(copy.path)/nowhere.pem': no such file; give the path of the certificate (PEM)\n")
        #expect(!result.stdout.contains("http"), "no link is printed")
        #expect(!FileManager.default.fileExists(atPath: Self.tokenFile(copy)), "no token file is made for a room that never listened")
    }

    @Test func aKeyThatIsNotTheCertificatesIsOneLine() throws {
        let copy = try Self.started()
        let files = try Certificates()
        let result = try copy.workshop(["serve", "stirling-2015", "--listen", "127.0.0.1:0", "--no-qr",
                                        "--tls-cert", files.certificate, "--tls-key", files.otherKey])
        #expect(result.status == 1)
        #expect(result.stderr == "error: --tls-key '\(files.otherKey)' is not the private key of the certificate in "
            + "'\(files.certificate)'; give the key the certificate was made with (its pair from the same request)\n")
        #expect(!FileManager.default.fileExists(atPath: Self.tokenFile(copy)))
    }

    @Test func aCertificateWithoutItsKeyIsOneLine() throws {
        let copy = try Self.started()
        let result = try copy.workshop(["serve", "stirling-2015", "--no-qr", "--tls-cert", copy.path + "/cert.pem"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: --tls-cert needs --tls-key: give the certificate's private key too\n")
    }

    @Test func aRoomWithACertificatePrintsHTTPSLinks() throws {
        let copy = try Self.started()
        let files = try Certificates()
        let result = try copy.run([], input: """
            open stirling-2015
            serve --listen 127.0.0.1:0 --no-qr --tls-cert \(files.certificate) --tls-key \(files.key)
            serve stop
            """)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("table-1 (chooses a persona on the phone): https://127.0.0.1:"))
        #expect(result.stdout.contains("projector (facilitator only): https://127.0.0.1:"))
        #expect(result.stdout.contains("warning: the links name this machine's address, which a certificate seldom names"))
    }

    @Test func aCertificateThatExpiresBeforeTheRoomClosesIsAWarning() throws {
        let copy = try Self.started()
        let files = try Certificates()
        let result = try copy.run([], input: """
            open stirling-2015
            serve --listen 127.0.0.1:0 --no-qr --tls-cert \(files.certificate) --tls-key \(files.key) --public-url https://rooms.example.ac.uk/ --until 2099-03-08
            serve stop
            """)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("warning: the certificate in '\(files.certificate)' expires on "))
        #expect(result.stdout.contains(", before phones stop answering; renew it and restart serve before then"))
        #expect(!result.stdout.contains("a certificate seldom names"), "a public URL names the certificate's site")
    }

    @Test func aDateThatIsNotOneIsOneLine() throws {
        let copy = try Self.started()
        let result = try copy.workshop(["serve", "stirling-2015", "--no-qr", "--open-from", "2027-02-30"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: --open-from '2027-02-30' is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM, "))
        #expect(result.stderr.hasSuffix("this server's zone: the plan gives no timezone)\n") && result.stderr.split(separator: "\n").count == 1)
    }

    @Test func theDaysAreReadInThePlansTimezoneAndPrinted() throws {
        let copy = try Self.started()
        let plan = copy.url.appendingPathComponent("sessions/stirling-2015.yaml")
        let text = try String(contentsOf: plan, encoding: .utf8)
        try ("timezone: America/New_York\n" + text).write(to: plan, atomically: true, encoding: .utf8)
        let result = try copy.run([], input: """
            open stirling-2015
            serve --listen 127.0.0.1:0 --no-qr --open-from 2020-01-01 --until 2020-01-31
            serve stop
            """)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("phones may answer and write ideas from 1 January 2020 at 00:00 until the end of "
            + "31 January 2020 (America/New_York); closed already: phones see that it closed; times in the plan's timezone"))

        try ("timezone: America/New_Yrok\n" + text).write(to: plan, atomically: true, encoding: .utf8)
        let broken = try copy.workshop(["serve", "stirling-2015", "--no-qr", "--until", "2020-01-31"])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("--open-from and --until are read in the plan's timezone, and the plan does not load: "))
        #expect(broken.stderr.contains("unknown time zone 'America/New_Yrok'; did you mean 'America/New_York'?"))
    }
}
