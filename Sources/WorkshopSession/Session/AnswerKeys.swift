import WorkshopModel
import WorkshopSupport

/// The answer keys a journal uses (`4`, `g`, `?`), each looked up on the scale once: a million
/// answer lines spell only a handful of keys.
package struct AnswerKeys: Sendable {
    private var keys = ByteInterner()
    /// For each interned key: the level index, `Entry.unsure`, or `notOnScale`.
    private var values: [Int16] = []
    private static let notOnScale: Int16 = .min

    /// The `Entry.value` of an answer key on `scale`; refused when the key is not on it.
    package mutating func value(of bytes: UnsafeRawBufferPointer, on scale: Scale) throws(ReplayProblem) -> Int16 {
        let index = keys.intern(bytes)
        if Int(index) == values.count {
            let key = keys[index]
            if key == Scale.unsureKey {
                values.append(SessionState.Entry.unsure)
            } else {
                values.append(scale.index(ofKey: key).flatMap { Int16(exactly: $0) } ?? Self.notOnScale)
            }
        }
        let value = values[Int(index)]
        if value == Self.notOnScale { throw .answerNotOnScale(keys[index]) }
        return value
    }
}

extension AnswerKeys {
    package func write(to writer: inout BinaryWriter) {
        keys.write(to: &writer)
        writer.ints(values)
    }

    package init(reading reader: inout BinaryReader) throws(BinaryReader.Invalid) {
        keys = try ByteInterner(reading: &reader)
        values = try reader.ints()
        guard values.count == keys.count else { throw BinaryReader.Invalid() }
    }
}
