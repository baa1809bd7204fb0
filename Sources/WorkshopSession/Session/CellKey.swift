/// One cell of the matrix by index: its activity, persona, group and criterion, each the position of
/// the id in the session's `IDTable`, packed into 64 bits so `CellTable` hashes and compares a cell
/// in one step. The bit layout is known here and nowhere else.
package struct CellKey: Hashable, Sendable {
    /// Every index must be below this: each field has 16 bits, and all ones stays free so that no
    /// real key equals the empty slot of `CellTable`.
    package static let fieldLimit: Int32 = 0xFFFF

    /// The four indexes, activity in the top 16 bits and criterion in the lowest.
    package let packed: UInt64

    /// Nil when an index is negative or not below `fieldLimit`.
    package init?(activity: Int32, persona: Int32, group: Int32, criterion: Int32) {
        guard Self.fits(activity), Self.fits(persona), Self.fits(group), Self.fits(criterion) else { return nil }
        packed = UInt64(activity) << 48 | UInt64(persona) << 32 | UInt64(group) << 16 | UInt64(criterion)
    }

    /// A key from its packed form, as a checkpoint keeps it; nil when a field is out of range.
    package init?(packed: UInt64) {
        let limit = UInt64(Self.fieldLimit)
        guard packed >> 48 < limit, packed >> 32 & 0xFFFF < limit, packed >> 16 & 0xFFFF < limit,
              packed & 0xFFFF < limit
        else { return nil }
        self.packed = packed
    }

    /// Whether an index can be a field of a key.
    package static func fits(_ index: Int32) -> Bool {
        index >= 0 && index < fieldLimit
    }

    package var activity: Int32 { Int32(packed >> 48) }
    package var persona: Int32 { Int32(packed >> 32 & 0xFFFF) }
    package var group: Int32 { Int32(packed >> 16 & 0xFFFF) }
    package var criterion: Int32 { Int32(packed & 0xFFFF) }
}
