import Foundation
import Testing
@testable import WorkshopCLI

/// The one cleaner for text on its way to a terminal, and the guard every written line passes.
struct TerminalTextTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var raw: String
        var shown: String
        var testDescription: String { shown }
    }

    @Test(arguments: [
        Case(raw: "\u{1B}]0;PWNED\u{07}", shown: "^[]0;PWNED^G"),
        Case(raw: "\u{1B}[2J", shown: "^[[2J"),
        Case(raw: "safe\rEVIL", shown: "safe^MEVIL"),
        Case(raw: "a\tb\nc\u{00}d\u{7F}", shown: "a^Ib^Jc^@d^?"),
        Case(raw: "\u{9B}31m and \u{85}", shown: "\\u{9b}31m and \\u{85}"),
        Case(raw: "\u{202E}gnp.exe\u{202C}", shown: "\\u{202e}gnp.exe\\u{202c}"),
        Case(raw: "\u{2066}a\u{2067}b\u{2068}c\u{2069}", shown: "\\u{2066}a\\u{2067}b\\u{2068}c\\u{2069}"),
        Case(raw: "zero\u{200B}width\u{200E}mark\u{FEFF}", shown: "zero\\u{200b}width\\u{200e}mark\\u{feff}"),
        Case(raw: "line\u{2028}separator", shown: "line\\u{2028}separator"),
        Case(raw: "hidden \u{E0041}\u{E0042} tags", shown: "hidden \\u{e0041}\\u{e0042} tags"),
    ])
    func controlAndFormatCharactersShowAsCodes(_ test: Case) {
        #expect(TerminalText.clean(test.raw) == test.shown)
        // The codes are plain text: cleaning again changes nothing.
        #expect(TerminalText.clean(test.shown) == test.shown)
    }

    @Test(arguments: [
        "Café crème", "日本語のタイトル", "👩‍👩‍👧 family", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} Stirling",
        "👍🏽", "e\u{301}", "कि्षत्र", "نص عربي", "שלום",
    ])
    func textIsLeftAsItIs(_ text: String) {
        #expect(TerminalText.clean(text) == text)
    }

    @Test func aLineKeepsOnlyLineBreaksAndWithColourOnTheToolsOwnColourCodes() {
        let line = "\u{1B}[1mbold\u{1B}[0m then \u{1B}]0;x\u{07}\nnext\t\r\n"
        #expect(TerminalText.output(line, .init(colour: true)) == "\u{1B}[1mbold\u{1B}[0m then ^[]0;x^G\nnext^I^M^J")
        #expect(TerminalText.output(line, .init(colour: false)) == "^[[1mbold^[[0m then ^[]0;x^G\nnext^I^M^J")
        #expect(TerminalText.output("a,b\r\nc\td\r", .init(colour: false, document: true)) == "a,b\r\nc\td^M")
        #expect(TerminalText.output("plain · text\n", .init(colour: true)) == "plain · text\n")
    }

    @Test func jsonStaysTheSameJSONWithEveryControlEscaped() throws {
        let value = ["title": "\u{1B}]0;x\u{07} \u{9B}2J \u{202E}txt \u{7F} 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"]
        let encoded = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        let safe = JSONText.safe(encoded + "\n")
        #expect(safe.unicodeScalars.allSatisfy { $0 == "\n" || ($0.value >= 0x20 && $0.value < 0x7F) || $0.value > 0x9F && $0.properties.generalCategory != .format })
        #expect(safe.contains("\\u009b") && safe.contains("\\u202e") && safe.contains("\\u007f") && safe.contains("\\udb40\\udc67"))
        #expect(try JSONDecoder().decode([String: String].self, from: Data(safe.utf8)) == value)
    }
}
