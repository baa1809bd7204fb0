import Foundation
import WorkshopModel
import WorkshopSupport

/// Ideas, themes and votes in a checkpoint: each record's entry, and the records as sorted JSON (a
/// few hundred in a room, so the plain form costs nothing worth a column layout).
extension IdeaBoard {
    package func write(to writer: inout BinaryWriter) throws {
        let json = JSONEncoder()
        json.outputFormatting = .sortedKeys  // the same state, the same bytes
        writer.ints(events.map(\.entry))
        writer.ints(Array(try json.encode(events.map(\.event))))
    }

    package init(reading reader: inout BinaryReader, entries: Int) throws(BinaryReader.Invalid) {
        let owners: [Int32] = try reader.ints()
        let bytes: [UInt8] = try reader.ints()
        guard owners.allSatisfy({ $0 >= 0 && Int($0) < entries }),
              let events = try? JSONDecoder().decode([IdeaEvent].self, from: Data(bytes)), events.count == owners.count
        else { throw BinaryReader.Invalid() }
        self.init(events: Array(zip(owners, events)))
    }
}
