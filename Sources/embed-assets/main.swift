import Foundation

// Writes a Swift file with each asset as a `StaticString` literal, its bytes exactly (every
// character that is not printable ASCII written as an escape), named for its file: `room.css` is
// `roomCSS`, `phone.js` is `phoneJS`.
// Usage: embed-assets OUTPUT FILE... (run by the EmbedAssets build plugin, not by hand).

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-assets OUTPUT FILE...\n".utf8))
    exit(2)
}

/// The text as the body of a one-line string literal.
func literal(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": result += "\\\\"
        case "\"": result += "\\\""
        case "\n": result += "\\n"
        case " "..."~": result.unicodeScalars.append(scalar)
        default: result += "\\u{" + String(scalar.value, radix: 16) + "}"
        }
    }
    return result
}

/// `room.css` as `roomCSS`: the name's words in lower camel case, the extension in capitals.
func identifier(_ file: String) -> String {
    let words = file.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    guard let first = words.first else { return "_" }
    let stem = words.dropFirst().dropLast().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    return first.lowercased() + stem + (words.count > 1 ? (words.last ?? "").uppercased() : "")
}

var properties: [String] = []
var entries: [String] = []
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let data = try Data(contentsOf: url)
    guard let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("embed-assets: \(path) is not UTF-8\n".utf8))
        exit(1)
    }
    properties.append("    /// `\(literal(url.lastPathComponent))`\n    static let \(identifier(url.lastPathComponent)): StaticString = \"\(literal(text))\"")
    entries.append("        \"\(literal(url.lastPathComponent))\": \(identifier(url.lastPathComponent)),")
}

let source = """
    // Generated at build time by embed-assets from the target's Assets folder: edit those files.

    /// The files of the target's `Assets` folder, compiled in.
    enum EmbeddedAssets {
    \(properties.joined(separator: "\n"))

        /// Every file by its name, as pages ask for it.
        static let byName: [String: StaticString] = [
    \(entries.isEmpty ? "    :" : entries.joined(separator: "\n"))
        ]
    }

    """
try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
