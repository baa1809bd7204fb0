import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// An exported workbook read back as a reader would: the zip opened with ZIPFoundation, each part
/// parsed with Foundation's XMLParser into a small tree.
struct XLSXParts {
    private var parts: [String: Data] = [:]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
    }

    var paths: Set<String> { Set(parts.keys) }

    func tree(_ path: String) throws -> XMLTree {
        guard let data = parts[path] else { throw XMLTree.Failure.missing(path) }
        return try XMLTree.parse(data)
    }

    /// Sheet `number` (from 1) of the workbook.
    func sheet(_ number: Int) throws -> XMLTree { try tree("xl/worksheets/sheet\(number).xml") }

    /// The number format code a cell style index stands for (`0.0?`, `0`, `yyyy-mm-dd`, ...).
    func numberFormat(style: Int) throws -> String {
        let styles = try tree("xl/styles.xml")
        let formats = styles.first("cellXfs")?.children ?? []
        guard style < formats.count, let id = formats[style].attributes["numFmtId"].flatMap(Int.init) else { return "?" }
        let builtIn = [0: "General", 1: "0", 2: "0.00", 14: "mm-dd-yy"]
        let custom = styles.all("numFmt").first { $0.attributes["numFmtId"] == String(id) }?.attributes["formatCode"]
        return custom ?? builtIn[id] ?? "builtin \(id)"
    }
}

/// An XML element with its attributes, children in order and text.
struct XMLTree {
    enum Failure: Error { case missing(String), unreadable(String) }

    var name: String
    var attributes: [String: String] = [:]
    var children: [XMLTree] = []
    var text = ""

    /// The first element of that name at any depth, this one included.
    func first(_ name: String) -> XMLTree? {
        if self.name == name { return self }
        for child in children { if let found = child.first(name) { return found } }
        return nil
    }

    /// Every element of that name at any depth, in document order.
    func all(_ name: String) -> [XMLTree] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    /// The cell `reference` (`B2`) of a worksheet.
    func cell(_ reference: String) -> XMLTree? {
        all("c").first { $0.attributes["r"] == reference }
    }

    static func parse(_ data: Data) throws -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.stack.first?.children.first else {
            throw Failure.unreadable(parser.parserError.map { "\($0)" } ?? "no root")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack = [XMLTree(name: "#document")]

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            stack.append(XMLTree(name: name, attributes: attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let element = stack.removeLast()
            stack[stack.count - 1].children.append(element)
        }
    }
}
