import Testing
@testable import WorkshopServer

/// The broadcast by table: a change named for some tables wakes the projectors and those tables'
/// streams only; a change to the whole room wakes every stream; each table's count moves only
/// with the changes that touch it.
struct RoomBroadcastTests {
    /// The signals each stream holds once the broadcast is closed (at most one: they coalesce).
    private func signals(_ stream: AsyncStream<Void>) async -> Int {
        var count = 0
        for await _ in stream { count += 1 }
        return count
    }

    @Test func aTablesChangeWakesThatTableAndTheProjectorsOnly() async {
        let broadcast = RoomBroadcast()
        let projector = broadcast.listen()
        let one = broadcast.listen(group: "table-1")
        let alsoOne = broadcast.listen(group: "table-1")
        let two = broadcast.listen(group: "table-2")
        #expect(broadcast.count == 4)
        broadcast.changed(groups: ["table-1", "table-1"])
        broadcast.close()
        #expect(await signals(projector.signals) == 1)
        #expect(await signals(one.signals) == 1)
        #expect(await signals(alsoOne.signals) == 1, "every phone of the table")
        #expect(await signals(two.signals) == 0, "another table sleeps on")
    }

    @Test func aRoomWideChangeWakesEveryStream() async {
        let broadcast = RoomBroadcast()
        let streams = [broadcast.listen(), broadcast.listen(group: "table-1"), broadcast.listen(group: "table-2")]
        broadcast.changed()
        broadcast.close()
        for stream in streams { #expect(await signals(stream.signals) == 1) }
    }

    @Test func noTableNamedWakesOnlyTheProjectors() async {
        let broadcast = RoomBroadcast()
        let projector = broadcast.listen(), table = broadcast.listen(group: "table-1")
        broadcast.changed(groups: [String]())
        broadcast.close()
        #expect(await signals(projector.signals) == 1)
        #expect(await signals(table.signals) == 0)
    }

    @Test func eachTablesCountMovesOnlyWithItsChanges() {
        let broadcast = RoomBroadcast()
        let start = (broadcast.generation(of: "table-1"), broadcast.generation(of: "table-2"))
        broadcast.changed(groups: ["table-1"])
        let afterOne = (broadcast.generation(of: "table-1"), broadcast.generation(of: "table-2"))
        #expect(afterOne.0 > start.0 && afterOne.1 == start.1, "table-2's view is still good")
        broadcast.changed()
        #expect(broadcast.generation(of: "table-2") > afterOne.1 && broadcast.generation(of: "table-1") > afterOne.0)
        #expect(broadcast.generation == 2, "the projector's count moves with every change")
    }

    @Test func aStreamThatLeavesIsToldNoMore() async {
        let broadcast = RoomBroadcast()
        let table = broadcast.listen(group: "table-1")
        broadcast.leave(table.id)
        #expect(broadcast.count == 0)
        broadcast.changed(groups: ["table-1"])
        #expect(await signals(table.signals) == 0, "its stream ended when it left")
    }

    @Test func aQuietStreamIsWokenEveryBeatWithNoCountMoving() async {
        let broadcast = RoomBroadcast(keepAlive: .milliseconds(20))
        let table = broadcast.listen(group: "table-1")
        var next = table.signals.makeAsyncIterator()
        for _ in 0..<2 { #expect(await next.next() != nil, "woken by a beat") }
        #expect(broadcast.generation == 0 && broadcast.generation(of: "table-1") == 0, "a beat is not a change")
        broadcast.close()
        #expect(await next.next() == nil, "closing ends the stream and the beats")
    }
}
