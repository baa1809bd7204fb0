/// A page parsed into a tree and written back in one normal form, so two pages compare equal when
/// they differ only in how they are serialised (attribute order and quoting, self-closing tags,
/// character references, indentation) and differ on any change of element, attribute value or text.
///
/// Enough HTML for the pages this project writes, not a browser's parser: void elements, raw text in
/// `script` and `style`, `/>` on foreign (SVG) elements, comments and the doctype dropped.
public enum HTMLTree {
    /// One element or one text, as the normal form keeps it.
    public indirect enum Node: Equatable, Sendable {
        case element(name: String, attributes: [String: String], children: [Node])
        case text(String)
    }

    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                    "source", "track", "wbr"]

    /// The top-level nodes of `html`, normalised: text with whitespace runs collapsed to one space,
    /// whitespace-only text dropped, attributes as a set.
    public static func parse(_ html: String) -> [Node] {
        var parser = TreeParser(Array(html.unicodeScalars))
        return parser.document()
    }

    /// The normal form as indented lines, one node a line: equal for equal trees, and a readable diff.
    public static func outline(_ html: String) -> String {
        var lines: [String] = []
        func walk(_ nodes: [Node], _ depth: Int) {
            let indent = String(repeating: "  ", count: depth)
            for node in nodes {
                switch node {
                case let .text(text): lines.append(indent + "\"" + text + "\"")
                case let .element(name, attributes, children):
                    let pairs = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }
                    lines.append(indent + "<" + ([name] + pairs).joined(separator: " ") + ">")
                    walk(children, depth + 1)
                }
            }
        }
        walk(parse(html), 0)
        return lines.joined(separator: "\n")
    }

    /// Where two outlines first part, as a line of each: what a failed comparison should say.
    public static func firstDifference(_ got: String, _ want: String) -> String {
        let (a, b) = (got.split(separator: "\n"), want.split(separator: "\n"))
        guard let index = (0..<min(a.count, b.count)).first(where: { a[$0] != b[$0] }) ?? (a.count == b.count ? nil : min(a.count, b.count))
        else {
            return "(none)"
        }
        return "line \(index + 1)\n  got:  \(index < a.count ? a[index] : "(end)")\n  want: \(index < b.count ? b[index] : "(end)")"
    }

    /// Text with its character references decoded and its whitespace runs collapsed.
    static func collapse(_ text: String) -> String {
        var result = "", space = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" {
                space = true
            } else {
                if space && !result.isEmpty { result += " " }
                space = false
                result.unicodeScalars.append(scalar)
            }
        }
        return space && !result.isEmpty ? result + " " : result
    }

    /// `&amp;`, `&#39;`, `&#x202e;` and the few named references the pages use, decoded.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        var result = "", rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.firstIndex(of: ";"), after.distance(from: after.startIndex, to: semi) <= 10 {
                let name = String(after[..<semi])
                var value: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    value = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if name.hasPrefix("#") {
                    value = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    value = named[name]
                }
                if let value {
                    result += value
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            result += "&"
            rest = after
        }
        return result + rest
    }
}
