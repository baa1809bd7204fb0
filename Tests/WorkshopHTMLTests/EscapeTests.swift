import Testing
@testable import WorkshopHTML

/// The one escaping: hostile text shows as the characters it is, in text and in attribute values.
struct EscapeTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("say \"hi\" & 'bye'", "say &quot;hi&quot; &amp; &#39;bye&#39;"),
        ("&amp; already escaped", "&amp;amp; already escaped"),
        ("&#8238;gnp.exe", "&amp;#8238;gnp.exe"),
        ("&#x202E; &lt;", "&amp;#x202E; &amp;lt;"),
        ("plain text · ünïcödé 👩‍🔬", "plain text · ünïcödé 👩‍🔬"),
        ("", ""),
    ])
    func escapesEveryMarkupCharacter(_ text: String, _ expected: String) {
        #expect(Escape.text(text) == expected)
    }

    /// Kept as the character, as exports keep their text: never turned into a reference or dropped.
    @Test func keepsABidiOverrideAsTheCharacter() {
        #expect(Escape.text("a\u{202E}b<") == "a\u{202E}b&lt;")
        #expect(Node.text("\u{202E}").render().unicodeScalars.map(\.value) == [0x202E])
    }
}
