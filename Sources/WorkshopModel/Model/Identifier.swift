/// The rules for ids of personas, plans, sessions, activities, groups, criteria, prompts and rooms,
/// and the one refusal every door gives when an id breaks them (a file, a command, a merge).
public enum Identifier {
    /// Whether `id` is lower-case letters, digits, `-` or `_`, starting with a letter or digit.
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isLowerAlphanumeric(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" || $0 == "_" }
    }

    /// Refuses `id` unless it is valid; `kind` names what it identifies ("group", "session", ...).
    public static func check(_ id: String, kind: String) throws(Invalid) {
        guard isValid(id) else { throw Invalid(kind: kind, id: id) }
    }

    /// An id that breaks the rules, and how to write one that keeps them.
    public struct Invalid: Error, Hashable, Sendable, CustomStringConvertible {
        public let kind: String
        public let id: String

        public init(kind: String, id: String) {
            self.kind = kind
            self.id = id
        }

        public var description: String {
            "invalid \(kind) id '\(id)'; use lower-case letters, digits, '-' or '_', starting with a letter or digit"
        }
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
