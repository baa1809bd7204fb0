import Yams

/// Explicit YAML tags other than the core ones (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`,
/// `!!seq`, `!!map` and the plain `!`), each reported as a warning where it is written. Loading
/// reads every value as text or a list whatever its tag, so `!!python/object:os.system` runs
/// nothing here; the warning is for the file's author, and for the next tool that reads the file.
package enum TagScan {
    package static func report(_ root: Node, log: DiagnosticLog) {
        root.walk { node in
            guard let name = explicitTag(of: node), !core.contains(name) else { return }
            log.report(.unknownTag(tag: shown(name)), at: node)
        }
    }

    private static let core: Set<String> = Set([Tag.Name.nonSpecific, .str, .int, .float, .bool, .null, .seq, .map].map(\.rawValue))

    /// The tag as written, before any resolving: nil when the node has none.
    private static func explicitTag(of node: Node) -> String? {
        let tag: Tag
        switch node {
        case let .scalar(scalar): tag = scalar.tag
        case let .mapping(mapping): tag = mapping.tag
        case let .sequence(sequence): tag = sequence.tag
        case .alias: return nil
        }
        return tag.rawValue == Tag.Name.implicit.rawValue ? nil : tag.rawValue
    }

    /// `tag:yaml.org,2002:python/object` as it is usually written: `!!python/object`.
    private static func shown(_ name: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return name.hasPrefix(prefix) ? "!!" + name.dropFirst(prefix.count) : name
    }
}
