import Testing
@testable import WorkshopHTML

/// Elements, attributes and text as values, rendered: escaping by construction, void elements
/// without an end tag, empty SVG elements closed as XML, trusted markup only from literals.
struct RendererTests {
    @Test func textAndAttributesAreEscapedByConstruction() {
        let hostile = "\"><script>alert(1)</script>&#8238;"
        let node = element("a", ["href": "/g/" + hostile, "title": hostile]) { hostile }
        let html = node.render()
        #expect(html == "<a href=\"/g/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;#8238;\" "
            + "title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;#8238;\">"
            + "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;#8238;</a>")
        #expect(!html.contains("<script"))
    }

    @Test func voidElementsHaveNoEndTag() {
        let html = element("p") {
            element("input", ["type": "hidden", "name": "key", "value": "1"])
            element("br")
            "x"
        }.render()
        #expect(html == "<p><input type=\"hidden\" name=\"key\" value=\"1\"><br>x</p>")
    }

    @Test func svgElementsWithoutChildrenCloseThemselves() {
        let html = element("svg", ["viewBox": "0 0 2 2"]) {
            element("rect", ["width": "2"])
            element("circle", ["r": "1"]) { element("title") { "a < b" } }
        }.render()
        #expect(html == "<svg viewBox=\"0 0 2 2\"><rect width=\"2\"/><circle r=\"1\"><title>a &lt; b</title></circle></svg>")
        #expect(element("td").render() == "<td></td>", "outside SVG an empty element still has its end tag")
    }

    @Test func nilAttributesAreLeftOutAndOrderIsKept() {
        let chosen: String? = nil
        #expect(element("button", ["name": "answer", "class": chosen, "value": "3"]).render()
            == "<button name=\"answer\" value=\"3\"></button>")
    }

    @Test func builderTakesConditionsLoopsAndOptionals() {
        let saved: String? = "Drop-in"
        let none: Node? = nil
        let html = element("ul") {
            for item in ["a", "<b>"] { element("li") { item } }
            if let saved { element("li", ["class": "flash"]) { "Saved: " + saved } } else { "never" }
            none
        }.render()
        #expect(html == "<ul><li>a</li><li>&lt;b&gt;</li><li class=\"flash\">Saved: Drop-in</li></ul>")
    }

    @Test func trustedMarkupIsWrittenAsItIs() {
        let html = fragment {
            Node.doctype
            element("style") { Node.trusted("a>b{content:\"&\"}") }
        }.render()
        #expect(html == "<!DOCTYPE html><style>a>b{content:\"&\"}</style>")
    }
}
