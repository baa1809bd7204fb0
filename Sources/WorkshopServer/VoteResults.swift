import WorkshopHTML

/// A prompt's dot vote on the projector: a line saying where it stands, and the ranking as a table
/// read as a horizontal bar chart, winners first. Each row prints its rank ("1=" for a tie) and its
/// dots as text; the bar only repeats them, so nothing is said by length or colour alone. While the
/// vote is open and hides its count there is no table, only how many tables have voted.
struct VoteResults {
    var vote: RoomView.VoteView

    var node: Node {
        fragment {
            element("p", ["class": "vote " + (vote.open ? "open" : "closed")]) { Self.line(vote) }
            if let ranking = vote.ranking, !ranking.isEmpty { table(ranking) }
        }
    }

    /// "Voting open: 2 of 5 tables have voted", and when the count is not hidden, on what and how many dots.
    static func line(_ vote: RoomView.VoteView) -> String {
        let tables = "\(vote.voters) of \(vote.tables) tables"
        if vote.open && vote.hidesCount { return "Voting open: \(tables) have voted" }
        let spend = "\(vote.dots) dots each, on \(vote.on)"
        return vote.open ? "Voting open: \(tables) have voted · \(spend)" : "Voting closed: \(tables) voted · \(spend)"
    }

    private func table(_ ranking: [RoomView.Ranked]) -> Node {
        let most = max(ranking.map(\.dots).max() ?? 0, 1)
        return element("table", ["class": "results"]) {
            element("caption") { vote.open ? "Dots so far" : "Results" }
            element("thead") {
                element("tr") {
                    element("th", ["scope": "col"]) { "Rank" }
                    element("th", ["scope": "col"]) { vote.on == "themes" ? "Theme" : "Idea" }
                    element("th", ["scope": "col"]) { "Dots" }
                }
            }
            element("tbody") {
                for item in ranking {
                    element("tr", ["class": item.rank == 1 && item.dots > 0 ? "winner" : nil]) {
                        element("td", ["class": "rank"]) { item.rankLabel }
                        element("th", ["scope": "row"]) {
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
