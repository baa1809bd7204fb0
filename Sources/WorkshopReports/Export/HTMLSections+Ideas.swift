import WorkshopHTML
import WorkshopModel

/// The report's "Ideas from the room": per prompt its question, the ideas under their themes (the
/// unthemed last), and the vote's results as a ranked table with a caption, each item's dots also
/// drawn as a bar (hidden from screen readers, which read the number beside it). Every idea's text
/// and theme name sits in a `bdi`, so a bidi override typed into one reorders nothing around it.
extension HTMLSections {
    var ideas: Node? {
        guard let prompts = summary.ideas else { return nil }
        return element("section", ["class": "ideas", "aria-labelledby": "ideas-heading"]) {
            element("h2", ["id": "ideas-heading"]) { words["report.heading.ideas"] }
            for prompt in prompts {
                element("h3", ["lang": planLang, "dir": planDir]) { prompt.question }
                element("p", ["class": "note"]) { IdeaWords.counts(prompt, words) }
                for group in prompt.themes {
                    element("h4") { element("bdi") { group.theme ?? IdeaWords.unthemed(words) } }
                    element("ul", ["class": "idea-list"]) { for entry in group.ideas { idea(entry) } }
                }
                prompt.vote.map(voteTable)
            }
        }
    }

    private func idea(_ idea: PromptIdeas.Entry) -> Node {
        element("li", ["class": idea.isHidden ? "hidden-idea" : nil]) {
            element("span", ["class": "number"]) { idea.label }
            " "
            element("bdi", ["class": "text"]) { idea.text }
            " "
            element("small") { "(" + IdeaWords.source(idea, persona: summary.name(of:), activity: summary.title(of:), words) + ")" }
            if idea.isHidden { " "; element("em", ["class": "tag"]) { words["report.ideas.hidden"] } }
        }
    }

    /// The ranking, winners first: a real table, its caption saying what was voted on and how.
    private func voteTable(_ vote: PromptIdeas.VoteResult) -> Node {
        let most = max(vote.ranking.map(\.dots).max() ?? 0, 1)
        return element("table", ["class": "votes"]) {
            element("caption") { IdeaWords.voteLine(vote, words) }
            element("thead") {
                element("tr") {
                    element("th", ["scope": "col"]) { words["report.column.rank"] }
                    element("th", ["scope": "col"]) { words[vote.on == .ideas ? "report.column.idea" : "report.column.theme"] }
                    element("th", ["scope": "col"]) { words["report.column.dots"] }
                }
            }
            element("tbody") {
                for item in vote.ranking {
                    element("tr", ["class": item.rank == 1 && item.dots > 0 ? "winner" : nil]) {
                        element("td", ["class": "rank"]) { item.rankLabel }
                        element("th", ["scope": "row"]) {
                            if let number = item.idea { element("span", ["class": "number"]) { "%\(number)" }; " " }
                            element("bdi") { item.text }
                        }
                        element("td", ["class": "dots"]) {
                            // A whole percentage: the bar's width is all the style carries.
                            element("span", ["class": "track", "aria-hidden": "true"]) {
                                element("span", ["class": "bar", "style": "width:\(item.dots * 100 / most)%"])
                            }
                            element("span", ["class": "count"]) { String(item.dots) }
                        }
                    }
                }
            }
        }
    }
}
