import WorkshopHTML
import WorkshopKit

/// A prompt's dot vote on the projector: a line saying where it stands, and the ranking as a table
/// read as a horizontal bar chart, winners first. Each row prints its rank ("1=" for a tie) and its
/// dots as text; the bar only repeats them, so nothing is said by length or colour alone. While the
/// vote is open and hides its count there is no table, only how many tables have voted.
struct VoteResults {
    var vote: RoomView.VoteView
    var language: PageLanguage = .english

    private var m: Messages { language.messages }

    var node: Node {
        fragment {
            element("p", ["class": "vote " + (vote.open ? "open" : "closed")]) { Self.line(vote, m) }
            if let ranking = vote.ranking, !ranking.isEmpty { table(ranking) }
        }
    }

    /// "Voting open: 2 of 5 tables have voted", and when the count is not hidden, on what and how many dots.
    static func line(_ vote: RoomView.VoteView, _ messages: Messages = .english) -> String {
        var values = ["voters": String(vote.voters), "tables": String(vote.tables), "dots": String(vote.dots)]
        if vote.open && vote.hidesCount { return messages["room.js.vote_open_hidden", values] }
        values["on"] = messages[vote.on == "themes" ? "room.js.on_themes" : "room.js.on_ideas"]
        return messages[vote.open ? "room.js.vote_open" : "room.js.vote_closed", values]
    }

    private func table(_ ranking: [RoomView.Ranked]) -> Node {
        let most = max(ranking.map(\.dots).max() ?? 0, 1)
        return element("table", ["class": "results"]) {
            element("caption") { m[vote.open ? "room.js.dots_so_far" : "room.js.results"] }
            element("thead") {
                element("tr") {
                    element("th", ["scope": "col"]) { m["room.js.rank"] }
                    element("th", ["scope": "col"]) { m[vote.on == "themes" ? "room.js.theme" : "room.js.idea"] }
                    element("th", ["scope": "col"]) { m["room.js.dots_column"] }
                }
            }
            element("tbody") {
                for item in ranking {
                    element("tr", ["class": item.rank == 1 && item.dots > 0 ? "winner" : nil]) {
                        element("td", ["class": "rank"]) { item.rankLabel }
                        element("th", ["scope": "row", "dir": "auto"]) {
                            if item.text != nil { element("b") { item.label } }
                            item.text.map { " " + $0 } ?? item.label
                        }
                        element("td", ["class": "dots"]) {
                            element("span", ["class": "bar", "data-w": String(Self.width(item.dots, of: most)),
                                             "aria-hidden": "true"])
                            element("span", ["class": "count"]) { String(item.dots) }
                        }
                    }
                }
            }
        }
    }

    /// The bar's length in twentieths of the widest (CSS has a rule per step: the policy allows no
    /// inline style).
    static func width(_ dots: Int, of most: Int) -> Int {
        Int((Double(dots) / Double(most) * 20).rounded())
    }
}
