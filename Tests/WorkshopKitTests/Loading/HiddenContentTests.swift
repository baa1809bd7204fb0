import Foundation
import Testing
@testable import WorkshopKit

/// What a YAML file may hide: control and invisible characters, raw or escaped, and tags that
/// other tools would run. Each is a warning at its own line and column; the file still loads.
struct HiddenContentTests {
    func warnings(_ text: String) -> [String] {
        let log = DiagnosticLog(file: "p.yaml")
        _ = PersonaLoader.load(id: "p", text: text, log: log)
        return log.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.problem)" }
    }

    @Test func escapesInDoubleQuotedTextAreFoundWhereTheyAreWritten() {
        let found = warnings("""
            name: "A \\x1b[2J b \\u202E c \\t tab \\n line \\U0001F600 smile"
            summary: "first line \\
              second \\e]0;x\\a, \\N and \\0"
            """)
        #expect(found == [
            "1:10 controlCharacter(code: 27)", "1:20 controlCharacter(code: 8238)",
            "3:10 controlCharacter(code: 27)", "3:16 controlCharacter(code: 7)",
            "3:20 controlCharacter(code: 133)", "3:27 controlCharacter(code: 0)",
        ])
    }

    @Test func rawCharactersAreFoundAnywhereButTextIsLeftAlone() {
        let found = warnings("name: Flag 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} and 👩‍👩‍👧\n"
            + "# a comment \u{2067}hides\u{2069}\nsummary: 'single \u{202E} quoted'\n")
        #expect(found == [
            "2:13 controlCharacter(code: 8295)", "2:19 controlCharacter(code: 8297)", "3:18 controlCharacter(code: 8238)",
        ])
    }

    @Test func aRawControlCharacterYAMLRefusesIsPlacedToo() {
        let found = warnings("name: ok\nsummary: raw \u{1B} escape\n")
        #expect(found.contains("2:14 controlCharacter(code: 27)"))
    }

    @Test func tagsOtherThanTheCoreOnesAreWarnedAbout() {
        let found = warnings("""
            name: !!str Student
            weight: !!int 2
            summary: ! plain
            needs: !!python/object/apply:os.system ["ls"]
            pains: !custom {a: b}
            tags: [!<tag:example.com,2000:x> t, !!binary aGk=]
            """)
        #expect(found.filter { $0.contains("unknownTag") } == [
            "4:8 unknownTag(tag: \"!!python/object/apply:os.system\")", "5:8 unknownTag(tag: \"!custom\")",
            "6:8 unknownTag(tag: \"tag:example.com,2000:x\")", "6:37 unknownTag(tag: \"!!binary\")",
        ])
    }

    @Test func nestedAliasesAreWalkedOnceEach() {
        // Expanded, this is 10^9 leaves; walked by place, a few dozen nodes.
        var lines = ["name: Bomb", "a0: &a0 [!danger x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let started = Date()
        let found = warnings(lines.joined(separator: "\n") + "\n")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(found.filter { $0.contains("unknownTag") } == ["2:10 unknownTag(tag: \"!danger\")"])
    }
}
