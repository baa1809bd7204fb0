/// Text typed as the rest of a command line (`note`, `action`): the words joined by spaces. Only long
/// options count on such a line, so a word like `-ask` stays text. A lone `--` is the usual end of
/// options and is dropped: `note -- --weight is a word` notes "--weight is a word".
enum FreeText {
    /// One-letter forms `note` took before version 0.2.0. Standing alone before any `--` they are
    /// refused, not taken as text, so an old script never records `-a drop-in` inside a note.
    static let retired = ["-a": "--activity", "-p": "--persona", "-g": "--group", "-c": "--criterion"]

    static func join(_ words: [String], command: String) throws(CommandFailure) -> String {
        var words = words
        let marker = words.firstIndex(of: "--")
        if let retiredWord = words[..<(marker ?? words.endIndex)].first(where: { retired[$0] != nil }),
           let long = retired[retiredWord] {
            throw CommandFailure("\(command): '\(retiredWord)' is not an option; write \(long) ID, "
                + "or put -- before the text to keep '\(retiredWord)' as a word")
        }
        if let marker { words.remove(at: marker) }
        return words.joined(separator: " ")
    }
}
