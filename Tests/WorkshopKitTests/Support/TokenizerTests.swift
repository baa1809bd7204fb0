import Testing
import WorkshopKit

struct TokenizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var words: [String]
        var testDescription: String { line }
    }

    @Test(arguments: [
        Case(line: "score drop-in 4", words: ["score", "drop-in", "4"]),
        Case(line: "  score   drop-in\t4  ", words: ["score", "drop-in", "4"]),
        Case(line: #"note "needs a quiet room" --on drop-in"#, words: ["note", "needs a quiet room", "--on", "drop-in"]),
        Case(line: "note 'it is' fine", words: ["note", "it is", "fine"]),
        Case(line: "note the funder's template", words: ["note", "the", "funder's", "template"]),
        Case(line: #"note don't "quote" me"#, words: ["note", "don't", "quote", "me"]),
        Case(line: #"note "it's fine""#, words: ["note", "it's fine"]),
        Case(line: #"score x --note="two words""#, words: ["score", "x", "--note=two words"]),
        Case(line: #"note "say \"hi\"""#, words: ["note", #"say "hi""#]),
        Case(line: #"note it\ works"#, words: ["note", "it works"]),
        Case(line: "note ''", words: ["note", ""]),
        Case(line: "note 'a \\ b'", words: ["note", "a \\ b"]),
        Case(line: "", words: []),
    ])
    func splitsLikeAShell(_ example: Case) throws {
        #expect(try Tokenizer.words(example.line) == example.words)
    }

    // Found by make fuzz (tokenizer): read as characters, a mark that joins the character before or
    // after it hid a quote or a space inside one grapheme cluster, so words quoted back split differently.
    @Test(arguments: [
        Case(line: "note \"a\u{603}\" b", words: ["note", "a\u{603}", "b"]),
        Case(line: "note \"\u{301}x\" y", words: ["note", "\u{301}x", "y"]),
        Case(line: "note a \u{301}b", words: ["note", "a", "\u{301}b"]),
        Case(line: "note a\\\u{301}b", words: ["note", "a\u{301}b"]),
        Case(line: "note \"x\"\r\n", words: ["note", "x"]),
    ])
    func readsScalarsSoMarksNeverHideAQuoteOrASpace(_ example: Case) throws {
        #expect(try Tokenizer.words(example.line) == example.words)
    }

    @Test func anUnterminatedQuoteIsAnError() {
        #expect(throws: Tokenizer.Failure.unterminatedQuote("\"")) { try Tokenizer.words(#"note "open"#) }
    }
}
