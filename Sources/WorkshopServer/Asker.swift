/// Who sent a request, as its token says.
enum Asker: Sendable, Equatable {
    /// The front door and the assets: no token.
    case nobody
    /// A table's phone, by its join link.
    case table(token: String, group: String)
    /// The projector or the facilitator's browser.
    case facilitator(token: String)
}
