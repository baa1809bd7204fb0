/// A language's plural categories for whole numbers, as CLDR names them (`zero`, `one`, `two`,
/// `few`, `many`, `other`). Only counts are ever pluralised here (answers, tables, dots), so only
/// the integer part of CLDR's rules is written out; a language not listed has `other` alone.
/// Source: CLDR 46 `plurals.xml` (cardinal), the same rules a browser's `Intl.PluralRules` applies,
/// so a page's script and its server agree.
public enum PluralCategory: String, CaseIterable, Sendable, Codable {
    case zero, one, two, few, many, other
}

public enum PluralRule {
    /// The category of `count` in the language `code` (its primary subtag: `cy`, `zh`).
    public static func category(_ count: Int, language code: String) -> PluralCategory {
        let n = abs(count)
        switch Language.primary(code) {
        case "cy":
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            case 3: return .few
            case 6: return .many
            default: return .other
            }
        case "en", "de", "nl", "sv":
            return n == 1 ? .one : .other
        case "es", "fr":
            // `many`: a non-zero multiple of a million ("1 000 000 de participants").
            if n == 1 || (n == 0 && Language.primary(code) == "fr") { return .one }
            return n != 0 && n % 1_000_000 == 0 ? .many : .other
        case "ar":
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default:
                let hundreds = n % 100
                if (3...10).contains(hundreds) { return .few }
                return (11...99).contains(hundreds) ? .many : .other
            }
        case "he":
            return n == 1 ? .one : n == 2 ? .two : .other
        default:
            return .other
        }
    }

    /// The categories a language uses: a translation should give each of them.
    public static func categories(language code: String) -> [PluralCategory] {
        let samples = Array(0...120) + [1000, 1_000_000, 2_000_000]
        let used = Set(samples.map { category($0, language: code) })
        return PluralCategory.allCases.filter(used.contains)
    }
}
