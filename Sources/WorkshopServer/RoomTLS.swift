import Foundation
import NIOSSL
import WorkshopKit

/// `serve --tls-cert FILE --tls-key FILE`: the certificate chain and private key the room serves
/// HTTPS with, read and checked when `serve` starts, before anything listens, so a bad file is one
/// line naming it and the fix rather than a server that fails every handshake.
public struct RoomTLS: Sendable {
    /// Where they were read from, for the lines `serve` prints.
    public let certificatePath: String
    public let keyPath: String
    /// When the certificate (the chain's first) stops being valid.
    public let expires: Date
    let configuration: TLSConfiguration

    /// Reads both files (PEM), and proves they belong together by building the TLS context once:
    /// the TLS library refuses a key that is not the certificate's. An expired certificate is
    /// refused: every phone would refuse it in turn.
    public static func load(certificate: String, key: String, now: Date = Date()) throws(RoomError) -> RoomTLS {
        let chainBytes = try read(certificate, option: "--tls-cert", what: "the certificate (PEM)")
        let keyBytes = try read(key, option: "--tls-key", what: "its private key (PEM)")
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMBytes(chainBytes)
        } catch {
            chain = []
        }
        guard !chain.isEmpty else {
            throw .badOption("--tls-cert '\(certificate)' holds no PEM certificate (a '-----BEGIN CERTIFICATE-----' block); "
                + "give the certificate file, e.g. fullchain.pem")
        }
        let expires = Date(timeIntervalSince1970: TimeInterval(chain[0].notValidAfter))
        guard expires > now else {
            throw .badOption("--tls-cert '\(certificate)' expired on \(day(expires)); renew it (certbot renew) or give a current certificate")
        }
        let privateKey: NIOSSLPrivateKey
        do {
            privateKey = try NIOSSLPrivateKey(bytes: keyBytes, format: .pem)
        } catch {
            throw .badOption("--tls-key '\(key)' holds no PEM private key, or one protected by a passphrase; "
                + "give the unencrypted key file, e.g. privkey.pem")
        }
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(privateKey))
        // Phones from the last ten years speak TLS 1.2; older versions are broken.
        configuration.minimumTLSVersion = .tlsv12
        do {
            _ = try NIOSSLContext(configuration: configuration)
        } catch {
            throw .badOption("--tls-key '\(key)' is not the private key of the certificate in '\(certificate)'; "
                + "give the key the certificate was made with (its pair from the same request)")
        }
        return RoomTLS(certificatePath: certificate, keyPath: key, expires: expires, configuration: configuration)
    }

    /// `2027-03-08`, the day in UTC, as a certificate's dates are given.
    public static func day(_ date: Date) -> String {
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withFullDate]
        return format.string(from: date)
    }

    /// The file's bytes, or why it cannot be read, naming the option and the fix. Opened only as a
    /// regular file (a FIFO would hang the start), and at most 1 MiB (a chain is a few kilobytes).
    private static func read(_ path: String, option: String, what: String) throws(RoomError) -> [UInt8] {
        let fd: Int32
        switch RegularFile.open(path, O_RDONLY) {
        case let .success(opened): fd = opened
        case .failure(.system(ENOENT)):
            throw .badOption("\(option) '\(path)': no such file; give the path of \(what)")
        case .failure(.system(EACCES)):
            throw .badOption("\(option) '\(path)' cannot be read by this user (permission denied); "
                + "let the user who runs serve read it (chgrp and chmod g+r), or copy it where that user can")
        case let .failure(.system(code)):
            throw .badOption("\(option) '\(path)' cannot be read (\(String(cString: strerror(code)))); give the path of \(what)")
        case let .failure(.notRegular(kind)):
            throw .badOption("\(option) '\(path)' is \(kind), not a file; give the path of \(what)")
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        guard let data = try? handle.read(upToCount: (1 << 20) + 1) ?? Data(), data.count <= 1 << 20 else {
            throw .badOption("\(option) '\(path)' cannot be read whole, or is larger than 1 MiB; give the path of \(what)")
        }
        return [UInt8](data)
    }
}
