import Testing
@testable import WorkshopKit

/// The byte scan that lets plain output skip the scalar-by-scalar check: it may say "not sure",
/// never "absent" for text that holds a control or format character.
struct ControlCharacterScanTests {
    @Test(arguments: [
        ("plain words, a number 4 and {\"json\": true}\n", true),
        ("", true),
        ("escape \u{1B}[2J here", false),
        ("a tab\there", false),
        ("a carriage return\r", false),
        ("delete \u{7F}", false),
        ("C1 \u{9B}", false),
        ("bidi \u{202E}", false),
        ("café, α ≥ 0.8 × n — “quoted” · 2–5 …", true),
        ("soft\u{AD}hyphen", false),
        ("zero\u{200B}width", false),
        ("line\u{2028}separator", false),
        ("isolate \u{2066}", false),
        ("next line \u{85}", false),
        ("Arabic mark \u{61C}", false),
        ("emoji 🙂: outside the blocks the scan knows, so the scalar check decides", false),
    ])
    func aByteScanNeverMissesOne(_ text: String, _ absent: Bool) {
        #expect(ControlCharacters.surelyAbsent(from: text) == absent)
        if ControlCharacters.surelyAbsent(from: text) {
            #expect(!text.unicodeScalars.contains { $0 != "\n" && ControlCharacters.contains($0) })
        }
    }

    /// Every scalar the scan knows, alone and between letters: never "absent" for one that counts.
    @Test func noScalarItPassesIsAControlOrFormatCharacter() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a\(scalar)b"] where ControlCharacters.surelyAbsent(from: text) {
                #expect(scalar == "\n" || !ControlCharacters.contains(scalar), "U+\(String(value, radix: 16))")
            }
        }
    }
}
