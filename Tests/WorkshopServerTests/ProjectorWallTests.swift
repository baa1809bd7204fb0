import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// The wall of ideas in what the projector is sent (`/f/TOKEN/view`) and shown (`/f/TOKEN`): grouped
/// by theme, hidden and withdrawn ideas nowhere, a vote's count kept back while it hides it, the
/// ranking with its ties once it closes.
struct ProjectorWallTests {
    private static func prompts(_ view: [String: Any]) -> [[String: Any]] { view["ideas"] as? [[String: Any]] ?? [] }

    private static func groups(_ prompt: [String: Any]) -> [(theme: String?, labels: [String])] {
        (prompt["groups"] as? [[String: Any]] ?? []).map { group in
            (group["theme"] as? String, (group["ideas"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String })
        }
    }

    @Test func ideasAreGroupedByThemeAndHiddenOnesAreNowhere() async throws {
        let room = try await RoomUnderTest()
        let token = room.facilitator
        let seed = try room.room.gate.exclusive { try WallSeed($0) }
        try await room.test { client in
            try await client.execute(uri: "/f/\(token)/view", method: .get) { response in
                #expect(response.status == .ok)
                let prompts = Self.prompts(response.json)
                #expect(prompts.map { $0["prompt"] as? String } == ["try-first", "make-it-work"])
                #expect(prompts.first?["question"] as? String == "Which of these would you try first, and why?")
                let groups = Self.groups(prompts[0])
                #expect(groups.map(\.theme) == ["Timing", nil], "the theme first, the unthemed last")
                #expect(groups.map(\.labels) == [["%1", "%3"], ["%2"]])
                let first = (prompts[0]["groups"] as? [[String: Any]])?.first?["ideas"] as? [[String: Any]]
                #expect(first?.first?["id"] as? String == RecordID.format(seed.shown[0]))
                #expect(first?.first?["persona"] as? String == "Academic" && first?.first?["group"] as? String == "table-1")
                #expect(first?.first?["theme"] as? String == "Timing")
                #expect(Self.groups(prompts[1]).map(\.theme) == [nil], "no theme yet: one group, no heading")
                #expect(prompts[0]["vote"] == nil, "no vote opened")
                #expect(!response.text.contains("HIDDEN-IDEA") && !response.text.contains("WITHDRAWN-IDEA"))
            }
            try await client.execute(uri: "/f/\(token)?slide=ideas", method: .get) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("Run it at lunchtime") && page.contains("<h4 class=\"theme\">Timing</h4>"))
                #expect(page.contains("Not in a theme"))
                #expect(!page.contains("HIDDEN-IDEA") && !page.contains("WITHDRAWN-IDEA"))
                #expect(page.contains("id=\"pick-\(RecordID.format(seed.shown[1]))\""), "a checkbox per idea")
            }
        }
    }

    @Test func aVoteThatHidesItsCountShowsOnlyWhoHasVotedThenTheRankingWithTies() async throws {
        let room = try await RoomUnderTest()
        let token = room.facilitator
        let gate = room.room.gate
        let ids = try gate.exclusive { session in
            let seed = try WallSeed(session)
            let (a, b, c) = (seed.shown[0], seed.shown[1], seed.shown[2])
            try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3, hidesCount: true)), by: "anna")
            try session.dots("table-1", .idea(c), 2)
            try session.dots("table-2", .idea(b), 2)
            try session.dots("table-3", .idea(a), 1)
            return [b, c, a].map(RecordID.format)
        }
        try await room.test { client in
            try await client.execute(uri: "/f/\(token)/view", method: .get) { response in
                let vote = Self.prompts(response.json).first?["vote"] as? [String: Any]
                #expect(vote?["open"] as? Bool == true && vote?["hidesCount"] as? Bool == true)
                #expect(vote?["voters"] as? Int == 3 && vote?["tables"] as? Int == 5 && vote?["dots"] as? Int == 3)
                #expect(vote?["ranking"] == nil, "no figures while the count is hidden")
                #expect(!response.text.contains("rankLabel") && !response.text.contains("\"ranking\""))
            }
            try await client.execute(uri: "/f/\(token)?slide=ideas", method: .get) { response in
                #expect(response.text.contains("Voting open: 3 of 5 tables have voted"))
                #expect(!response.text.contains("class=\"results\""))
            }
            try gate.exclusive { session in
                try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3, hidesCount: true, isOpen: false)), by: "anna")
            }
            try await client.execute(uri: "/f/\(token)/view", method: .get) { response in
                let vote = Self.prompts(response.json).first?["vote"] as? [String: Any]
                #expect(vote?["open"] as? Bool == false)
                let ranking = vote?["ranking"] as? [[String: Any]] ?? []
                #expect(ranking.map { $0["item"] as? String } == ids, "most dots first; a tie keeps the written order")
                #expect(ranking.map { $0["rankLabel"] as? String } == ["1=", "1=", "3"])
                #expect(ranking.map { $0["dots"] as? Int } == [2, 2, 1])
                #expect(ranking.first?["text"] as? String == "Ask the students' union")
            }
            try await client.execute(uri: "/f/\(token)?slide=ideas", method: .get) { response in
                #expect(response.text.contains("Voting closed: 3 of 5 tables voted · 3 dots each, on ideas"))
                #expect(response.text.contains("<caption>Results</caption>"))
                #expect(response.text.contains("<td class=\"rank\">1=</td>"))
            }
        }
    }

    @Test func anOpenVoteThatShowsItsCountIsRankedAsItGoes() throws {
        let fixture = try RoomFixture()
        let seed = try WallSeed(fixture.session)
        try fixture.session.record(.theme("Partners", ideas: [seed.shown[1]]), by: "anna")
        try fixture.session.record(.vote(Vote(prompt: "try-first", on: .themes, dots: 3)), by: "anna")
        try fixture.session.dots("table-2", .theme("Partners"), 3)
        let view = RoomView(state: fixture.state, assignments: [:], hideUntilComplete: false)
        let vote = try #require(view.ideas.first?.vote)
        #expect(vote.ranking?.map(\.label) == ["Partners", "Timing"])
        #expect(vote.ranking?.map(\.rankLabel) == ["1", "2"])
        #expect(VoteResults.line(vote) == "Voting open: 1 of 5 tables have voted · 3 dots each, on themes")
        #expect(VoteResults.width(3, of: 3) == 20 && VoteResults.width(0, of: 3) == 0 && VoteResults.width(1, of: 3) == 7)
    }
}
