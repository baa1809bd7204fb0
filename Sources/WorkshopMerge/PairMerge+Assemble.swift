import WorkshopModel
import WorkshopSupport

/// The merged journal's bytes, put together from the lines' places in the merge's buffers.
extension PairMerge {
    /// The merged journal: the chosen start line (naming this session) and every line in order.
    /// When it adds nothing it is ours, byte for byte (blank lines and all): nothing to write.
    func assembled() throws(MergeRefusal) -> [UInt8] {
        let chosen = chosenStart
        if chosen.id == ours.start.id, chosen.session == session,
           !lines.contains(where: { $0.origin == .theirs || $0.origin == .merge }),
           !lines.contains(where: { $0.source != 0 })
        {
            return ours.bytes
        }
        let source = chosen.id == ours.start.id ? ours : theirs
        var start = Array(source.bytes[source.startRange])
        if chosen.session != session {
            guard let renamed = LineEdit.replacing("session", with: session, in: start[...]) else {
                throw .unreadable(path: source.path, line: 1, problem: "no 'session' in the start record")
            }
            start = renamed
        }
        // Each line's place in the result first, then the copying in halves, one per core.
        var offsets: [Int] = []
        offsets.reserveCapacity(lines.count)
        var total = start.count + 1
        for line in lines {
            offsets.append(total)
            total += line.range.count + 1
        }
        let (lines, buffers, places) = (lines, buffers, offsets)
        return [UInt8](unsafeUninitializedCapacity: total) { result, count in
            nonisolated(unsafe) let target = UnsafeMutableRawPointer(result.baseAddress!)  // each half writes its own lines
            start.withUnsafeBytes { target.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
            target.storeBytes(of: 0x0a, toByteOffset: start.count, as: UInt8.self)
            let half = (lines.count + 1) / 2
            _ = ParallelMap.map(2) { part -> Bool in
                for index in (part * half)..<min(lines.count, (part + 1) * half) {
                    let line = lines[index], at = places[index]
                    buffers[line.source].withUnsafeBytes { source in
                        if let base = source.baseAddress {
                            (target + at).copyMemory(from: base + line.range.lowerBound, byteCount: line.range.count)
                        }
                    }
                    target.storeBytes(of: 0x0a, toByteOffset: at + line.range.count, as: UInt8.self)
                }
                return true
            }
            count = total
        }
    }
}
