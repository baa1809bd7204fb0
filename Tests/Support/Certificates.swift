import Foundation

/// A self-signed certificate for `localhost` and 127.0.0.1 with its key, another key that is not
/// its, and a file that is no certificate, made with openssl in a folder of their own.
public struct Certificates {
    public let folder = TemporaryFolder()

    public var certificate: String { folder.path + "/cert.pem" }
    public var key: String { folder.path + "/key.pem" }
    public var otherKey: String { folder.path + "/other-key.pem" }
    public var notPEM: String { folder.path + "/notes.txt" }

    public init() throws {
        try Self.openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                          "-keyout", folder.path + "/key.pem", "-out", folder.path + "/cert.pem", "-days", "2",
                          "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
        try Self.openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                          "-out", folder.path + "/other-key.pem"])
        try "not a certificate\n".write(toFile: folder.path + "/notes.txt", atomically: true, encoding: .utf8)
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private static func openssl(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "openssl \(arguments[0]) exited \(process.terminationStatus); is openssl installed?")
        }
    }
}
