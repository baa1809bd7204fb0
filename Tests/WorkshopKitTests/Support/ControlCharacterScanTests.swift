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
        ("café: not ASCII, so the scalar check decides", false),
    ])
    func aByteScanNeverMissesOne(_ text: String, _ absent: Bool) {
        #expect(ControlCharacters.surelyAbsent(from: text) == absent)
        if ControlCharacters.surelyAbsent(from: text) {
            #expect(!text.unicodeScalars.contains { $0 != "\n" && ControlCharacters.contains($0) })
        }
    }
}
