import ArgumentParser

/// A command's usage as the end of a one-line error: ArgumentParser's synopsis without the options
/// every command takes (`--root`, `--color`, `--no-cache`), without `workshop` at the prompt, without the session
/// when the prompt has one open, and with the options folded into `[options]` when it runs long.
struct Usage {
    /// Past this many characters the options are folded, so the line still reads as one.
    static let longest = 120

    var text: String

    init(of type: any ParsableCommand.Type, door: ErrorDoor) {
        var words = Self.items(Workshop.usageString(for: type))
            .filter { !["[--root <dir>]", "[--color <color>]", "[--no-cache]"].contains($0) }
        if case let .prompt(sessionOpen) = door {
            words.removeFirst()
            if sessionOpen, type is any SessionCommand.Type, let at = words.firstIndex(of: "<session>") {
                words.remove(at: at)
            }
        }
        var text = words.joined(separator: " ")
        // ArgumentParser folds a synopsis past its own length into `[<options>]`: fold it as we do.
        if let at = words.firstIndex(of: "[<options>]") {
            words.remove(at: at)
            text = (words + ["[options]"]).joined(separator: " ") + " ('\(door.help) \(type._commandName)' lists them)"
        } else if text.count > Self.longest, let first = words.firstIndex(where: Self.isOption) {
            var folded = words.filter { !Self.isOption($0) }
            folded.insert("[options]", at: first)
            text = folded.joined(separator: " ") + " ('\(door.help) \(type._commandName)' lists them)"
        }
        self.text = text
    }

    /// `[--group <group>]`, `[--bom]`, `[--weight <persona=weight> ...]`: an optional option.
    static func isOption(_ item: String) -> Bool {
        item.hasPrefix("[-")
    }

    /// The synopsis split into its items: words, `<value>`s and `[...]` groups, spaces inside kept.
    static func items(_ synopsis: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        for character in synopsis {
            switch character {
            case "[", "<": depth += 1
            case "]", ">": depth -= 1
            default: break
            }
            if character == " " && depth == 0 {
                if !current.isEmpty { items.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { items.append(current) }
        return items
    }
}
