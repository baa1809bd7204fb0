import Yams

/// One language's messages: each a text, or a text per plural category, by its dotted key
/// (`room.saved`). The file is Rails i18n's YAML, which translation tools import and export: the
/// language tag at the top, keys nested below it, a plural as a mapping of CLDR categories with
/// `other` among them, and placeholders written `%{name}` that a translation may move.
public struct Catalogue: Sendable {
    public enum Message: Sendable, Equatable {
        case text(String)
        case plural([PluralCategory: String])
    }

    public let language: String
    public private(set) var messages: [String: Message] = [:]

    /// Problems found reading the file: a catalogue is part of the program, so its tests fail on any.
    public private(set) var problems: [String] = []

    public init(language: String, yaml: String) {
        self.language = language
        guard let root = try? Yams.compose(yaml: yaml, .basic), case .mapping(let top) = root,
              let body = top.first(where: { $0.key.string == language })?.value
        else {
            problems.append("\(language).yaml: the file must be one mapping under the key `\(language)`")
            return
        }
        read(body, path: [])
    }

    private mutating func read(_ node: Node, path: [String]) {
        let key = path.joined(separator: ".")
        switch node {
        case .scalar(let scalar):
            messages[key] = .text(scalar.string)
        case .mapping(let mapping):
            let keys = mapping.keys.compactMap(\.string)
            if keys.contains("other"), keys.allSatisfy({ PluralCategory(rawValue: $0) != nil }) {
                var forms: [PluralCategory: String] = [:]
                for (category, form) in mapping {
                    if let name = category.string, let category = PluralCategory(rawValue: name), let text = form.string {
                        forms[category] = text
                    }
                }
                messages[key] = .plural(forms)
            } else {
                for (child, value) in mapping {
                    guard let name = child.string else { continue }
                    read(value, path: path + [name])
                }
            }
        default:
            problems.append("\(language).yaml: \(key) is neither a text nor a mapping")
        }
    }

    /// The placeholders a text names, `%{count}` as `count`.
    public static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let start = rest.range(of: "%{") {
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else { break }
            names.insert(String(rest[start.upperBound..<end]))
            rest = rest[rest.index(after: end)...]
        }
        return names
    }
}
