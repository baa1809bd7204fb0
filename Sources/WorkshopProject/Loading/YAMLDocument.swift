import Yams

/// Parses YAML text into a node tree that keeps line and column of every value.
package enum YAMLDocument {
    /// The root mapping of `text`, or nil after reporting why there is none.
    /// Control characters (`ControlCharacterScan`) and unknown tags (`TagScan`) are warned about on the way.
    package static func rootMapping(of text: String, log: DiagnosticLog) -> Node? {
        log.lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            ControlCharacterScan.report(text, root: nil, log: log)
            report(error, log: log)
            return nil
        } catch {
            log.report(.yamlSyntax(detail: "\(error)"), at: nil)
            return nil
        }
        ControlCharacterScan.report(text, root: root, log: log)
        if let root {
            TagScan.report(root, log: log)
            CommentScan.report(root, log: log)
        }
        guard let root, !(root.scalar.map(isNull) ?? false) else {
            log.report(.emptyFile, at: nil)
            return nil
        }
        guard root.mapping != nil else {
            log.report(.wrongType(key: "the file", expected: "a mapping of keys to values"), at: root)
            return nil
        }
        return root
    }

    package static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private static func report(_ error: YamlError, log: DiagnosticLog) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let explained = explain(problem, context: context, at: mark, log: log)
            log.report(explained.problem, line: explained.line, column: explained.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            log.report(.yamlSyntax(detail: "key \(keys) appears twice in one mapping; keep one"), at: context.mark)
        case let .reader(problem, _, _, _):
            log.report(.unreadable(detail: "\(problem); save the file as UTF-8"), at: nil)
        default:
            log.report(.yamlSyntax(detail: "\(error)"), at: nil)
        }
    }
}
