import Foundation
import Testing
import WorkshopKit
@testable import WorkshopServer

/// Individuals mode's pages against their golden trees (`RoomPageGoldenTests.compare`): the
/// landing a room link sends a phone to, and the poster, with a hostile title escaped.
struct IndividualsGoldenTests {
    @Test func individualsPagesMatchTheirGoldenTrees() throws {
        let hostile = RoomPageGoldenTests.hostile
        try RoomPageGoldenTests.compare([
            ("individual-landing", IndividualLanding(title: "Engaging Schools", group: "p-017",
                                                     link: "/g/17-" + String(repeating: "a", count: 32),
                                                     room: String(repeating: "b", count: 32)).html()),
            ("individuals-poster", JoinPoster(title: hostile, link: "http://192.0.2.1:8080/join/" + String(repeating: "c", count: 32),
                                              cap: 1000).html()),
        ])
    }
}
