import WorkshopModel
import WorkshopSession

/// One record of a journal being merged, as much of it as the merge needs: where its bytes are,
/// its identity and place in time, and the few fields the merge's rules look at.
struct MergeLine {
    /// Which of the merge's byte buffers holds the line (a journal, or the lines the merge writes).
    var source: Int
    /// The line's bytes in that buffer, newline not included.
    var range: Range<Int>
    var at: Int64
    var id: UInt64
    var kind: RecordKind
    /// Where the `group` of an answer, withdraw, note or add-group is in the line (no quotes). Kept as
    /// a place, not a `String`, so a line is plain bytes that sort and copy without reference counts.
    var groupRange: Range<Int32>?
    /// The `target` of an undo or redo.
    var target: UInt64?
    /// Which side it came from: filled in when the journals are put together.
    var origin: Origin = .ours

    enum Origin: Equatable {
        /// In the journal merged into only.
        case ours
        /// In the other journal only.
        case theirs
        /// In both (the same record id).
        case both
        /// Written by the merge (a snapshot's activity or group, a renamed room's group).
        case merge
    }

    /// The group's bytes, if the line has one.
    @inline(__always)
    func groupBytes(_ buffers: [[UInt8]]) -> ArraySlice<UInt8>? {
        groupRange.map { buffers[source][(range.lowerBound + Int($0.lowerBound))..<(range.lowerBound + Int($0.upperBound))] }
    }

    func group(_ buffers: [[UInt8]]) -> String? {
        groupBytes(buffers).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Where the `group` value is in `line` (quotes left out), found by its JSON members.
    static func locateGroup(in line: some Collection<UInt8>) -> Range<Int32>? {
        let bytes = Array(line)
        guard let member = JSONMembers.members(of: bytes)?.last(where: { $0.key == "group" }), member.isString else {
            return nil
        }
        return Int32(member.value.lowerBound + 1)..<Int32(member.value.upperBound - 1)
    }
}
