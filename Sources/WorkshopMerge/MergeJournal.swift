import WorkshopSession

/// A journal read for merging: its start record and every later line in file order. Reading checks
/// only what a merge relies on (each line's kind, id and time); replaying the merged result checks
/// the rest.
public struct MergeJournal: Sendable {
    /// Where it was read from, for messages.
    public let path: String
    let bytes: [UInt8]
    let start: StartRecord
    /// The start line's bytes, newline not included.
    let startRange: Range<Int>
    /// Whether a last line without its newline (a crash mid-write) was left out.
    public let hadTornTail: Bool

    /// Reads `bytes` (the contents of `path`). Throws when the journal has no start record or a line
    /// cannot be read.
    public init(path: String, bytes: [UInt8]) throws(MergeRefusal) {
        self.path = path
        self.bytes = bytes
        var startEnd = 0
        var torn = false
        let start = try bytes.withBytes { (raw) throws(MergeRefusal) -> StartRecord in
            guard let end = JournalLine.end(in: raw, from: 0) else {
                throw .unreadable(path: path, line: 1, problem: raw.isEmpty ? "the file is empty" : "no start record")
            }
            startEnd = end
            do throws(ReplayProblem) {
                return try StartRecord.parse(UnsafeRawBufferPointer(rebasing: raw[0..<end]))
            } catch {
                throw .unreadable(path: path, line: 1, problem: error.description)
            }
        }
        self.start = start
        startRange = 0..<startEnd
        torn = bytes.count > startEnd + 1 && bytes.last != 0x0a
        hadTornTail = torn
    }

    /// Every line after the start, in file order, tagged with `source`.
    func lines(source: Int) throws(MergeRefusal) -> [MergeLine] {
        var result: [MergeLine] = []
        result.reserveCapacity(bytes.count / 120)
        let path = path
        try bytes.withBytes { (raw) throws(MergeRefusal) in
            var start = startRange.upperBound + 1
            var number = 1
            while start < raw.count {
                number += 1
                guard let end = JournalLine.end(in: raw, from: start) else { break }  // torn: left out
                let line = UnsafeRawBufferPointer(rebasing: raw[start..<end])
                if !JournalLine.isBlank(line) {
                    do throws(ReplayProblem) {
                        result.append(try Self.read(line, source: source, range: start..<end))
                    } catch {
                        throw .unreadable(path: path, line: number, problem: error.description)
                    }
                }
                start = end + 1
            }
        }
        return result
    }

    private static func read(_ line: UnsafeRawBufferPointer, source: Int, range: Range<Int>) throws(ReplayProblem)
        -> MergeLine
    {
        var read: MergeLine?
        try JournalLine.read(line) { (fields) throws(ReplayProblem) in
            guard let typeBytes = fields[.type] else { throw .missing(key: "type") }
            guard let kind = RecordKind(bytes: typeBytes) else {
                throw .unknownType(String(decoding: typeBytes, as: UTF8.self))
            }
            if kind == .start { throw .secondStart }
            guard let idBytes = fields[.id], let id = RecordID.parse(idBytes) else { throw .missing(key: "id") }
            guard let atBytes = fields[.at], let at = Timestamp.parse(atBytes) else { throw .missing(key: "at") }
            var merged = MergeLine(source: source, range: range, at: at, id: id, kind: kind)
            if kind.row.group, let group = fields[.group], let base = group.baseAddress, let lineBase = line.baseAddress {
                let offset = base - lineBase
                // The fast reader points into the line; the strict one into its own unescaped copy.
                merged.groupRange = offset >= 0 && offset + group.count <= line.count
                    ? Int32(offset)..<Int32(offset + group.count) : MergeLine.locateGroup(in: line)
            } else if kind == .undo || kind == .redo {
                merged.target = fields[.target].flatMap(RecordID.parse)
            }
            read = merged
        }
        guard let read else { throw .notJSON }
        return read
    }
}

extension MergeJournal {
    /// Reads the journal at `path` for merging.
    public static func read(path: String) throws -> MergeJournal {
        let bytes: [UInt8]
        do throws(JournalError) {
            bytes = try JournalFile.read(path: path)
        } catch {
            throw SessionError.journal(error)
        }
        return try MergeJournal(path: path, bytes: bytes)
    }
}
