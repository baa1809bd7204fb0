/// Builds an element's children from statements: nodes, strings (as text), optionals, `if`,
/// `switch` and `for`.
@resultBuilder
public enum NodeBuilder {
    /// A node as it is.
    public static func buildExpression(_ node: Node) -> [Node] { [node] }
    /// Several nodes in order.
    public static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
    /// A string as text, escaped when rendered.
    public static func buildExpression(_ text: String) -> [Node] { [.text(text)] }
    /// A node that may be absent (`QRCode(link).map(svg)`).
    public static func buildExpression(_ node: Node?) -> [Node] { node.map { [$0] } ?? [] }
    /// The statements of a block, in order.
    public static func buildBlock(_ parts: [Node]...) -> [Node] { parts.flatMap { $0 } }
    /// An `if` without `else`.
    public static func buildOptional(_ part: [Node]?) -> [Node] { part ?? [] }
    /// The first branch of an `if`/`else` or `switch`.
    public static func buildEither(first part: [Node]) -> [Node] { part }
    /// The second branch of an `if`/`else` or `switch`.
    public static func buildEither(second part: [Node]) -> [Node] { part }
    /// A `for` loop's nodes, in order.
    public static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
    /// An `if #available` branch.
    public static func buildLimitedAvailability(_ part: [Node]) -> [Node] { part }
}
