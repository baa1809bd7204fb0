/// Whether a text is a language tag (BCP 47) well formed enough for a page's `lang`: a 2 or 3
/// letter language, then subtags of 1 to 8 letters or digits (`cy`, `en-GB`, `zh-Hans`). Here so
/// the loaders check a plan's `language:` without depending on the catalogues.
public enum LanguageTag {
    public static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
