import WorkshopKit

/// JSON printed by the tool, safe for a terminal and still the same JSON: every character
/// `TerminalText` would write out as a code is written as a JSON `\u` escape instead. The encoder
/// already escapes C0 controls inside strings; this adds DEL, C1, bidi and other format characters,
/// which it leaves raw. Line breaks outside strings (pretty printing) stay.
enum JSONText {
    static func safe(_ json: String) -> String {
        guard !ControlCharacters.surelyAbsent(from: json),
              json.unicodeScalars.contains(where: { $0 != "\n" && ControlCharacters.contains($0) }) else { return json }
        var result = ""
        for scalar in json.unicodeScalars {
            guard scalar != "\n", ControlCharacters.contains(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return result
    }
}
