/// Text typed as the rest of a command line (`note`, `action`): the words joined by spaces. A lone
/// `--` is the usual end of options, not part of the text: `note -- --weight is a word` notes
/// "--weight is a word".
enum FreeText {
    static func join(_ words: [String]) -> String {
        var words = words
        if let marker = words.firstIndex(of: "--") { words.remove(at: marker) }
        return words.joined(separator: " ")
    }
}
