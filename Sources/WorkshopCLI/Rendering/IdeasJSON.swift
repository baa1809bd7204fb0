import WorkshopKit

/// `ideas --format json`: the same listing for scripts. Fields that do not apply are left out.
struct IdeasJSON: Encodable {
    struct PromptJSON: Encodable {
        var prompt: String
        var text: String
        var vote: VoteJSON?
        var themes: [ThemeJSON]
        var ideas: [IdeaJSON]
    }

    struct VoteJSON: Encodable {
        var on: String
        var open: Bool
        var dots: Int
        var perItem: Int?
        var hidesCount: Bool
    }

    struct ThemeJSON: Encodable {
        var name: String
        var dots: Int?
        var rank: String?
    }

    struct IdeaJSON: Encodable {
        var number: Int
        var label: String
        var id: String
        var group: String
        var persona: String?
        var activity: String?
        var text: String
        var theme: String?
        var hidden: Bool
        var edits: Int
        var by: String
        var dots: Int?
        var rank: String?
    }

    var prompts: [PromptJSON]

    init(_ listing: IdeaListing) {
        prompts = listing.sections.map { section in
            PromptJSON(
                prompt: section.prompt.id, text: section.prompt.text,
                vote: section.vote.map { VoteJSON(on: $0.on.rawValue, open: $0.isOpen, dots: $0.dots, perItem: $0.perItem,
                                                  hidesCount: $0.hidesCount) },
                themes: section.clusters.compactMap { cluster in
                    cluster.theme.map { ThemeJSON(name: $0, dots: cluster.dots, rank: cluster.rank) }
                },
                ideas: section.clusters.flatMap(\.items).map { item in
                    let idea = item.idea
                    return IdeaJSON(number: idea.number, label: idea.label, id: RecordID.format(idea.id), group: idea.group,
                                    persona: idea.persona, activity: idea.activity, text: idea.text, theme: idea.theme,
                                    hidden: idea.isHidden, edits: idea.edits, by: idea.by, dots: item.dots, rank: item.rank)
                })
        }
    }
}
