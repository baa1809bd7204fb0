import WorkshopSupport

/// A list of entry indexes as a checkpoint holds it (each cell's chain back through its answers, a
/// person's undo stack), read in place. A value outside `lower..<upper` (or, for a chain, not
/// before its own row) reads as `lower`, so a forged checkpoint can neither crash nor loop.
package struct IndexColumn: CheckpointRows, @unchecked Sendable {  // the block is a view into `file`, which it keeps alive
    private let block: UnsafeRawBufferPointer
    private let file: MappedFile
    private let lower: Int32, upper: Int
    private let backward: Bool
    package let count: Int

    package init(reading reader: inout BinaryReader, in file: MappedFile, lower: Int32, upper: Int, backward: Bool = false)
        throws(BinaryReader.Invalid)
    {
        block = try reader.block(Int32.self)
        count = block.count / 4
        self.file = file
        (self.lower, self.upper, self.backward) = (lower, upper, backward)
    }

    package subscript(row: Int) -> Int32 {
        precondition(row >= 0 && row < count, "index \(row) of \(count)")
        let value = Int32(littleEndian: block.loadUnaligned(fromByteOffset: row * 4, as: Int32.self))
        guard value >= lower, Int(value) < upper, !backward || Int(value) < row else { return lower }
        return value
    }
}
