/// The rules for ids of personas, plans, sessions, activities, groups, criteria, prompts and rooms,
/// and the one refusal every door gives when an id breaks them (a file, a command, a merge).
public enum Identifier {
    /// Whether `id` is lower-case letters, digits, `-` or `_`, starting with a letter or digit.
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isLowerAlphanumeric(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" || $0 == "_" }
    }

    /// An id that breaks the rules, and how to write one that keeps them: the one wording of the
    /// refusal, for a file's id (`Problem.invalidID`), a command's, a merge's room.
    public struct Invalid: Error, Hashable, Sendable, CustomStringConvertible {
        /// What the id names: "group", "activity", "session", "room", "file-name", ...
        public let kind: String
        /// The id as given.
        public let id: String

        /// The refusal of `id` as an id of `kind`.
        public init(kind: String, id: String) {
            self.kind = kind
            self.id = id
        }

        /// The one line printed: what is wrong and how to write it.
        public var description: String {
            "invalid \(kind) id '\(id)'; use lower-case letters, digits, '-' or '_', starting with a letter or digit"
        }
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
