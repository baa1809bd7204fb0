import WorkshopSession

/// What a merge does when both journals hold answers from groups of the same id.
public enum GroupPolicy: Equatable, Sendable {
    /// Refuse, and ask.
    case ask
    /// They are the same groups: the later answer of a cell stands.
    case same
    /// The other journal's groups were in another room: each is renamed `<room>_<group>`.
    case room(String)

    /// What joins a room's name to a group's id. Group ids are lower-case letters, digits, `-` and
    /// `_` (`Identifier`), so `/` cannot be used; `_` is the one that does not already occur in the
    /// usual names (`table-1`).
    public static let roomSeparator = "_"

    /// The id a group of room `room` takes.
    public static func renamed(_ group: String, room: String) -> String { room + roomSeparator + group }
}
