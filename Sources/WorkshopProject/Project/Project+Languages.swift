import Foundation
import WorkshopModel
import Yams

extension Project {
    /// A language tag written in a persona or plan file, and where.
    public struct LanguageMention: Sendable, Equatable {
        public var tag: String
        public var location: SourceLocation

        public init(tag: String, location: SourceLocation) {
            self.tag = tag
            self.location = location
        }
    }

    /// Every `language:` and `languages:` entry of the persona and plan files that loaded, personas
    /// first, each in file order, with the place its value is written (for `check` to point at).
    /// The files are read again: loading keeps the tags, not where they stood.
    public func languageMentions() -> [LanguageMention] {
        let personaFiles = personas.values.filter { $0.language != nil }.map(\.id).sorted().map(root.personaFile)
        let planFiles = plans.values.filter { $0.language != nil || $0.languages != nil }.map(\.id).sorted().map(root.planFile)
        return (personaFiles + planFiles).flatMap(Self.mentions(in:))
    }

    private static func mentions(in yamlPath: String) -> [LanguageMention] {
        let path = FileManager.default.fileExists(atPath: yamlPath) ? yamlPath : String(yamlPath.dropLast(5)) + ".yml"
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
              let root = try? Yams.compose(yaml: text), let mapping = root.mapping
        else { return [] }
        var found: [LanguageMention] = []
        func add(_ node: Node) {
            guard let tag = node.scalar?.string, let mark = node.mark else { return }
            found.append(LanguageMention(tag: tag, location: SourceLocation(file: path, line: mark.line, column: mark.column)))
        }
        for (key, value) in mapping {
            switch key.string {
            case "language": add(value)
            case "languages": value.sequence?.forEach(add)
            default: break
            }
        }
        return found
    }
}
