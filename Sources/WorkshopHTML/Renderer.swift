/// Writes nodes as HTML. Void elements (`<br>`, `<meta>`, `<input>`…) have no end tag; inside
/// `<svg>` an element with no children closes itself (`<rect …/>`), as XML wants.
enum Renderer {
    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                    "source", "track", "wbr"]

    static func write(_ node: Node, into output: inout String, foreign: Bool) {
        switch node.content {
        case let .text(text): output += Escape.text(text)
        case let .trusted(markup): output += markup.description
        case let .fragment(nodes):
            for child in nodes { write(child, into: &output, foreign: foreign) }
        case let .element(name, attributes, children):
            let tag = name.description
            output += "<" + tag
            for attribute in attributes {
                output += " " + attribute.name.description + "=\"" + Escape.text(attribute.value) + "\""
            }
            let foreign = foreign || tag == "svg"
            if foreign && children.isEmpty {
                output += "/>"
                return
            }
            output += ">"
            if !foreign && void.contains(tag) { return }
            for child in children { write(child, into: &output, foreign: foreign) }
            output += "</" + tag + ">"
        }
    }
}
