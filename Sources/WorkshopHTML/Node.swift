/// A piece of an HTML (or inline SVG) document: an element, text, or markup compiled into the
/// binary. Text and attribute values are held as they are and escaped only when rendered, by
/// `Escape.text`, so no value can become markup however it was built.
///
/// Our own small type rather than Plot 0.14: Plot writes attribute values unescaped and leaves
/// character references in text alone (the text `&#8238;` reaches the browser as a bidi override),
/// and closing both would mean patching files of a package we take as it ships. The pages need a
/// few dozen tags, which this covers in under 150 lines with nothing to depend on.
public struct Node: Sendable {
    enum Content: Sendable {
        case element(name: StaticString, attributes: [(name: StaticString, value: String)], children: [Node])
        case text(String)
        case trusted(StaticString)
        case fragment([Node])
    }

    let content: Content

    /// Text, escaped when rendered: any string, whatever it holds, shows as the characters it is.
    public static func text(_ text: String) -> Node { Node(content: .text(text)) }

    /// Markup written in the source or compiled in from the repository's asset files (a stylesheet,
    /// the doctype): a `StaticString`, so nothing read or received at run time can get here.
    public static func trusted(_ markup: StaticString) -> Node { Node(content: .trusted(markup)) }

    /// Several nodes side by side, as one.
    public static func fragment(_ nodes: [Node]) -> Node { Node(content: .fragment(nodes)) }

    /// `<!DOCTYPE html>`, the first line of every page.
    public static let doctype = Node.trusted("<!DOCTYPE html>")

    /// A line break between blocks, where a written page should read line by line.
    public static let newline = Node.text("\n")

    /// An element with its attributes in order; an attribute whose value is nil is left out.
    public static func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:],
                               children: [Node] = []) -> Node
    {
        Node(content: .element(name: name, attributes: attributes.compactMap { pair in pair.value.map { (pair.key, $0) } },
                               children: children))
    }

    /// The node as HTML.
    public func render() -> String {
        var output = ""
        Renderer.write(self, into: &output, foreign: false)
        return output
    }
}

/// An element built readably: `element("p", ["class": "note"]) { "Saved: "; answer }`.
public func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:],
                    @NodeBuilder _ children: () -> [Node] = { [] }) -> Node
{
    Node.element(name, attributes, children: children())
}

/// Nodes built readably, without an element around them.
public func fragment(@NodeBuilder _ children: () -> [Node]) -> Node { Node.fragment(children()) }
