import Hummingbird
import HummingbirdCore
import HummingbirdTLS

/// How the room meets the venue, beyond where it listens: the address phones open (`--public-url`)
/// and the proxies believed (`--trust-proxy`), HTTPS of its own (`--tls-cert`, `--tls-key`), the
/// days phones may write (`--open-from`, `--until`), a line per request for a room that runs
/// unattended (`--log-requests`), and the check link a phone opens to prove it can reach the room
/// (`PhoneCheck`). None of it is kept in the token file: a service states it on its command line
/// each time.
public struct RoomVenue: Sendable {
    /// The address phones open, when it is not this machine's (a reverse proxy's); nil: this machine's.
    public var publicURL: PublicURL?
    /// Where a proxy whose `X-Forwarded-*` headers are believed connects from.
    public var trustedProxies: [ProxyAddress]
    /// Serve HTTPS with this certificate and key; nil serves plain HTTP.
    public var tls: RoomTLS?
    /// When phones may answer and write ideas; nil is always.
    public var window: RoomWindow?
    /// Where a line per request goes (the CLI's standard error); nil logs nothing.
    public var log: (@Sendable (String) -> Void)?
    /// The check link's token and who is told of an arrival; nil serves no check link.
    public var check: PhoneCheck?

    public init(publicURL: PublicURL? = nil, trustedProxies: [ProxyAddress] = [], tls: RoomTLS? = nil, window: RoomWindow? = nil,
                log: (@Sendable (String) -> Void)? = nil, check: PhoneCheck? = nil) {
        self.publicURL = publicURL
        self.trustedProxies = trustedProxies
        self.tls = tls
        self.window = window
        self.log = log
        self.check = check
    }

    /// The scheme links name.
    public var scheme: String { tls == nil ? "http" : "https" }

    /// `base` as it is, or wrapped in TLS. The context was built once already (`RoomTLS.load`), so
    /// this does not fail for a file; should the wrapping fail all the same, the server fails as it
    /// starts, which `LiveRoom` reports as any listener's failure, with nothing left running.
    func server(_ base: HTTPServerBuilder) -> HTTPServerBuilder {
        guard let tls else { return base }
        do {
            return try .tls(base, tlsConfiguration: tls.configuration)
        } catch {
            return HTTPServerBuilder { _ in throw error }
        }
    }
}
