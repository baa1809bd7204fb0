/// The tokenizer and tree builder behind `HTMLTree.parse`: a cursor over the page's scalars and a
/// stack of open elements. An end tag closes up to the element it names and is ignored when none is open.
struct TreeParser {
    private let input: [Unicode.Scalar]
    private var position = 0

    init(_ input: [Unicode.Scalar]) { self.input = input }

    private struct Open {
        var name: String
        var attributes: [String: String]
        var children: [HTMLTree.Node] = []
        var text = ""
    }

    mutating func document() -> [HTMLTree.Node] {
        var stack = [Open(name: "#document", attributes: [:])]
        while position < input.count {
            if input[position] != "<" {
                stack[stack.count - 1].text.unicodeScalars.append(input[position])
                position += 1
            } else if starts(with: "<!--") {
                position = find("-->").map { $0 + 3 } ?? input.count
            } else if starts(with: "<!") || starts(with: "<?") {
                position = find(">").map { $0 + 1 } ?? input.count
            } else if starts(with: "</") {
                position += 2
                let name = word().lowercased()
                position = find(">").map { $0 + 1 } ?? input.count
                guard stack.dropFirst().contains(where: { $0.name == name }) else { continue }
                while let last = stack.last, stack.count > 1 {
                    stack.removeLast()
                    Self.close(last, into: &stack[stack.count - 1])
                    if last.name == name { break }
                }
            } else if position + 1 < input.count, input[position + 1].properties.isAlphabetic {
                position += 1
                let (element, selfClosing) = startTag()
                if selfClosing || HTMLTree.void.contains(element.name) {
                    Self.close(element, into: &stack[stack.count - 1])
                } else if element.name == "script" || element.name == "style" {
                    var raw = element
                    let end = find("</" + element.name) ?? input.count
                    raw.text = String(String.UnicodeScalarView(input[position..<end]))
                    position = find(">", from: end).map { $0 + 1 } ?? input.count
                    Self.close(raw, into: &stack[stack.count - 1])
                } else {
                    stack.append(element)
                }
            } else {
                stack[stack.count - 1].text += "<"
                position += 1
            }
        }
        while stack.count > 1, let last = stack.popLast() { Self.close(last, into: &stack[stack.count - 1]) }
        Self.flush(&stack[0])
        return stack[0].children
    }

    /// The name and attributes after `<`, up to and past `>`; whether it ended `/>`.
    private mutating func startTag() -> (Open, Bool) {
        let name = word().lowercased()
        var attributes: [String: String] = [:]
        while position < input.count {
            skipSpace()
            guard position < input.count else { break }
            if input[position] == ">" { position += 1; return (Open(name: name, attributes: attributes), false) }
            if starts(with: "/>") { position += 2; return (Open(name: name, attributes: attributes), true) }
            if input[position] == "/" { position += 1; continue }
            let attribute = word()
            guard !attribute.isEmpty else { position += 1; continue }
            skipSpace()
            var value = ""
            if position < input.count, input[position] == "=" {
                position += 1
                skipSpace()
                if position < input.count, input[position] == "\"" || input[position] == "'" {
                    let quote = input[position]
                    let end = input[(position + 1)...].firstIndex(of: quote) ?? input.count
                    value = String(String.UnicodeScalarView(input[(position + 1)..<end]))
                    position = min(end + 1, input.count)
                } else {
                    let start = position
                    while position < input.count, !input[position].properties.isWhitespace, input[position] != ">" { position += 1 }
                    value = String(String.UnicodeScalarView(input[start..<position]))
                }
            }
            attributes[attribute] = HTMLTree.decode(value)
        }
        return (Open(name: name, attributes: attributes), false)
    }

    private static func close(_ element: Open, into parent: inout Open) {
        var element = element
        flush(&element)
        flush(&parent)
        parent.children.append(.element(name: element.name, attributes: element.attributes, children: element.children))
    }

    /// The text gathered so far as one node, unless it is only whitespace.
    private static func flush(_ open: inout Open) {
        let text = HTMLTree.collapse(HTMLTree.decode(open.text))
        open.text = ""
        if !text.isEmpty && text != " " { open.children.append(.text(text)) }
    }

    private mutating func word() -> String {
        let start = position
        while position < input.count, !input[position].properties.isWhitespace, !"/>=".unicodeScalars.contains(input[position]) {
            position += 1
        }
        return String(String.UnicodeScalarView(input[start..<position]))
    }

    private mutating func skipSpace() {
        while position < input.count, input[position].properties.isWhitespace { position += 1 }
    }

    private func starts(with prefix: String) -> Bool {
        let scalars = Array(prefix.unicodeScalars)
        guard position + scalars.count <= input.count else { return false }
        return zip(input[position...], scalars).allSatisfy { $0.0 == $0.1 || String($0.0).lowercased() == String($0.1) }
    }

    private func find(_ needle: String, from start: Int? = nil) -> Int? {
        let scalars = Array(needle.unicodeScalars)
        var index = start ?? position
        while index + scalars.count <= input.count {
            if zip(input[index...], scalars).allSatisfy({ $0.0 == $0.1 || String($0.0).lowercased() == String($0.1) }) { return index }
            index += 1
        }
        return nil
    }
}
