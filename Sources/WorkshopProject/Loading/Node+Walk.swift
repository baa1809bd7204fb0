import Yams

extension Node {
    /// Calls `body` with this node and every node below it, keys included, each once: a node an
    /// alias repeats is visited at its anchor only (known by its place), so a file of nested
    /// aliases costs its length, not the size of what it expands to.
    package func walk(_ body: (Node) -> Void) {
        var seen = Set<Place>()
        walk(body, seen: &seen)
    }

    private struct Place: Hashable {
        var line: Int
        var column: Int
    }

    private func walk(_ body: (Node) -> Void, seen: inout Set<Place>) {
        if let mark, !seen.insert(Place(line: mark.line, column: mark.column)).inserted { return }
        body(self)
        switch self {
        case let .mapping(mapping):
            for (key, value) in mapping {
                key.walk(body, seen: &seen)
                value.walk(body, seen: &seen)
            }
        case let .sequence(sequence):
            for item in sequence { item.walk(body, seen: &seen) }
        case .scalar, .alias:
            break
        }
    }
}
