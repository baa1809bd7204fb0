import Foundation

/// Hands out individuals' numbers in a room served with `--individuals`: never one twice, across
/// restarts too, and none once the room is full. The cap counts raters (phones whose first record
/// made their group, `GroupCommit+Individuals`), not numbers: a number handed to a link preview or
/// a phone that never answers uses up nothing, so opening the room link in a loop cannot fill the
/// room (`JoinRoutes` also limits how fast numbers go out). Numbers are reserved fifty at a time in the
/// token file (`RoomTokens.phonesReserved`, written synced before any of them is handed out), so a
/// thousand phones cost twenty small writes; a restart starts past both the reservation and the
/// highest `p-NNN` in the journal. Nothing else is kept: a phone's token proves its own number.
/// `@unchecked Sendable`: the counters are touched only with `lock` held.
final class IndividualDoor: @unchecked Sendable {
    static let block = 50

    /// Why no number was handed out.
    enum Refusal: Error, Equatable {
        /// The room has `cap` raters.
        case full(cap: Int)
        /// The reservation could not be written.
        case unwritable(String)
    }

    let options: RoomSettings.Individuals
    /// How fast numbers go out: a thousand phones scanning the poster at once, then fifty a second.
    let minting = RateLimiter(burst: 1000, perSecond: 50)
    /// The secret the phones' tokens are keyed by: derived from the facilitator's, never the same
    /// key as the record ids' (`SubmissionID`).
    let secret: String
    private let lock = NSLock()
    private var next: Int
    private var reserved: Int
    private let isFull: @Sendable () -> Bool
    private let reserve: @Sendable (Int) throws(RoomError) -> Void

    /// `start`: the first number free (past the reservation and the journal's groups); `isFull`:
    /// whether the room has as many raters as it takes; `reserve` writes a new reservation to disk
    /// and returns once it is synced.
    init(options: RoomSettings.Individuals, secret: String, start: Int, isFull: @escaping @Sendable () -> Bool,
         reserve: @escaping @Sendable (Int) throws(RoomError) -> Void) {
        self.options = options
        self.secret = secret
        next = max(1, start)
        reserved = next
        self.isFull = isFull
        self.reserve = reserve
    }

    /// A new number, or why not.
    func take() -> Result<Int, Refusal> {
        lock.lock()
        defer { lock.unlock() }
        guard !isFull() else { return .failure(.full(cap: options.mostPhones)) }
        if next >= reserved {
            do throws(RoomError) {
                try reserve(next + Self.block)
            } catch {
                return .failure(.unwritable("\(error)"))
            }
            reserved = next + Self.block
        }
        defer { next += 1 }
        return .success(next)
    }

    /// A phone's token for a new number.
    func mint() -> Result<String, Refusal> {
        take().map { IndividualToken.mint($0, secret: secret) }
    }

    /// The group a phone's token stands for, or nil for a token this room did not mint.
    func group(for token: String) -> String? {
        IndividualToken.number(in: token, secret: secret).map(IndividualToken.group)
    }
}
