/// The rules for ids of personas, plans, activities, groups, criteria and prompts.
public enum Identifier {
    /// Whether `id` is lower-case letters, digits, `-` or `_`, starting with a letter or digit.
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isLowerAlphanumeric(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" || $0 == "_" }
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
