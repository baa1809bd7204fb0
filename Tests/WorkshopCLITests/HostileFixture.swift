import Foundation
import WorkshopTestSupport

/// A copy of the example whose every free text is an attack on the terminal that shows it: a series
/// of two meetings ('h1', 'h2') on a plan whose title, venue, facilitator, series, scale labels,
/// activity titles, prompt and persona name carry escape sequences, with notes, actions, reviews,
/// an added activity and a facilitator's name that carry them too.
struct HostileFixture {
    /// Each sample does something to a terminal that shows it raw.
    static let samples = [
        "\u{1B}]0;PWNED\u{07}",  // sets the window title
        "\u{1B}[2J",  // clears the screen
        "safe\rEVIL",  // a bare CR: EVIL overwrites what came before
        "\u{1B}]8;;https://evil.example/\u{1B}\\harmless\u{1B}]8;;\u{1B}\\",  // a link hidden behind harmless text
        "\u{202E}gnp.exe\u{202C}",  // right-to-left override: shows as exe.png
        "\u{2067}isolated\u{2069}",  // a bidi isolate
        "\u{9B}31m",  // C1 CSI: red, on terminals that take C1
        "\u{1B}[8mconcealed\u{1B}[0m",  // SGR 8: text the terminal hides
    ]
    static let text = samples.joined(separator: " ")
    /// The samples a file name can hold (no '/').
    static let fileName = samples.filter { !$0.contains("/") }.joined(separator: " ")
    /// How the cleaned window-title sample shows.
    static let shownTitle = "^[]0;PWNED^G"

    let copy: ExampleCopy
    /// The environment every run needs: a facilitator whose name is an attack too.
    static let environment = ["WORKSHOP_FACILITATOR": "anna" + samples[0]]

    init() throws {
        copy = try ExampleCopy()
        try Self.persona.write(to: copy.url.appendingPathComponent("personas/mallory.yaml"), atomically: true, encoding: .utf8)
        for (id, date) in [("hostile", "2016-01-01"), ("hostile-2", "2016-02-01")] {
            try Self.plan(date: date).write(to: copy.url.appendingPathComponent("sessions/\(id).yaml"), atomically: true, encoding: .utf8)
        }
        let h = Self.text
        let steps: [[String]] = [
            ["start", "hostile", "--as", "h1"],
            ["row", "h1", "mallory", "t1", "4", "3"], ["row", "h1", "academic", "t1", "2", "1", "--persona-change"],
            ["row", "h1", "mallory", "t2", "3", "3"], ["row", "h1", "academic", "t2", "4", "2", "--persona-change"],
            ["note", "h1", h], ["note", "h1", h, "--activity", "a1", "--persona", "mallory", "--group", "t1"],
            ["note", "h1", h, "--prompt", "q1"], ["score", "h1", "a2", "mallory", "5", "-g", "t1", "--note", h],
            ["action", "h1", h, "--owner", h], ["add-activity", "h1", "a3", h + " added", "--stage", h],
            ["start", "hostile-2", "--as", "h2"],
            ["row", "h2", "mallory", "t1", "1", "4"], ["row", "h2", "academic", "t1", "5", "5", "--persona-change"],
            ["review", "h2", "1", "in-progress", "--note", h],
        ]
        for step in steps {
            let result = try copy.workshop(step, environment: Self.environment)
            guard result.status == 0 else { throw Failure(step: step, stderr: result.stderr) }
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var step: [String]
        var stderr: String
        var description: String { "\(step): \(stderr)" }
    }

    /// `text` as a double-quoted YAML string, its control characters written as escapes.
    static func yaml(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": result += "\\\(scalar)"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format:
                result += String(format: "\\u%04X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    static var persona: String { "name: \(yaml("Mallory " + text))\nsummary: \(yaml(text))\n" }

    static func plan(date: String) -> String {
        let h = text
        return """
            title: \(yaml("Plan " + h))
            date: \(date)
            venue: \(yaml(h))
            facilitator: \(yaml(h))
            series: \(yaml("hostile " + h))
            scale: {name: \(yaml("scale " + h)), levels: [{key: "1", label: \(yaml(h))}, {key: "2", label: two}, {key: "3", label: three}, {key: "4", label: four}, {key: "5", label: \(yaml("five " + h))}]}
            personas: [academic, mallory]
            groups: [t1, t2]
            prompts:
              - {id: q1, text: \(yaml(h))}
            activities:
              - {id: a1, title: \(yaml("First " + h)), description: \(yaml(h)), stage: \(yaml(h))}
              - {id: a2, title: \(yaml("日本語の活動 " + h))}
            """
    }

    /// The characters in `output` that drive or reorder a terminal: C0 controls but line feed, DEL,
    /// C1, bidi controls, written as `U+001B`. A CR right before a line feed (CSV's line end) moves
    /// nothing a line feed would not. With `colour`, the tool's own `ESC [ ... m` codes are left out first.
    static func rawControls(_ output: String, colour: Bool = false) -> [String] {
        var text = output.replacingOccurrences(of: "\r\n", with: "\n")
        if colour { text = text.replacing(/\x1B\[[0-9;]*m/, with: "") }
        return text.unicodeScalars.filter { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value) || [0x200E, 0x200F, 0x061C].contains(value)
        }.map { String(format: "U+%04X", $0.value) }
    }
}
