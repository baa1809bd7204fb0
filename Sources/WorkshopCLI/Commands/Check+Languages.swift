import WorkshopKit

/// `check`'s word on languages: a persona or plan whose `language:` (or a `languages:` entry) has
/// no catalogue, or only part of one, gets pages and reports partly in English. Said once per
/// language, at the first place it is named, never once per message. A tag that is not well formed
/// is left to the loader's error.
struct LanguageWarnings {
    var mentions: [Project.LanguageMention]
    /// The keys a catalogue lacks (a test hands in a partial one).
    var missing: (String) -> Int = { Catalogues.missing(in: $0).count }
    /// How many messages a complete catalogue has.
    var total = Catalogues.english.messages.count

    var lines: [String] {
        var said = Set<String>()
        var lines: [String] = []
        for mention in mentions where Language.isValid(mention.tag) {
            let catalogue = Language.catalogue(for: mention.tag)
            guard said.insert(catalogue ?? mention.tag.lowercased()).inserted else { continue }
            let place = "\(mention.location): warning: "
            guard let catalogue else {
                lines.append(place + "language '\(mention.tag)' has no catalogue: pages and reports show in English; "
                    + "translations are welcome (see README)")
                continue
            }
            let lacking = missing(catalogue)
            if lacking > 0 {
                lines.append(place + "\(lacking) of \(total) messages are not translated into '\(catalogue)' and show in English; "
                    + "translations are welcome (see README)")
            }
        }
        return lines
    }
}
