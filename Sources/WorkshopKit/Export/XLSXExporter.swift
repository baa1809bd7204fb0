import Foundation
import ZIPFoundation

/// A real Excel workbook (Office Open XML): a "Matrix" sheet (numbers as numbers, a colour scale on
/// the persona columns), an "Answers" sheet with the tidy rows and an "Actions" sheet. The zip container is written by
/// ZIPFoundation; the parts are the minimal set Excel and LibreOffice require.
public struct XLSXExporter: Exporter {
    public init() {}

    public func export(_ input: ExportInput) throws -> Data {
        let matrixRows = input.matrixRows
        let personaColumns = input.summary.personas.count
        var formatting = ""
        if personaColumns > 0, !matrixRows.isEmpty {
            let range = "C2:\(Self.column(2 + personaColumns - 1))\(matrixRows.count + 1)"
            formatting = "<conditionalFormatting sqref=\"\(range)\"><cfRule type=\"colorScale\" priority=\"1\"><colorScale>"
                + "<cfvo type=\"num\" val=\"\(ExportCell.format(input.scale.levels.first?.value ?? 0))\"/>"
                + "<cfvo type=\"num\" val=\"\(ExportCell.format(input.scale.levels.last?.value ?? 1))\"/>"
                + "<color rgb=\"FF3B528B\"/><color rgb=\"FFFDE725\"/></colorScale></cfRule></conditionalFormatting>"
        }
        let parts: [(String, String)] = [
            ("[Content_Types].xml", Self.contentTypes),
            ("_rels/.rels", Self.rootRelationships),
            ("xl/workbook.xml", Self.workbook),
            ("xl/_rels/workbook.xml.rels", Self.workbookRelationships),
            ("xl/styles.xml", Self.styles),
            ("xl/worksheets/sheet1.xml", sheet(header: input.matrixHeader, rows: matrixRows, extra: formatting)),
            ("xl/worksheets/sheet2.xml", sheet(header: ExportInput.tidyColumns, rows: input.tidyRows, extra: "")),
            ("xl/worksheets/sheet3.xml", sheet(header: ExportInput.actionColumns, rows: input.actionRows, extra: "")),
        ]
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let archive = try Archive(url: temporary, accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try Data(contentsOf: temporary)
    }

    func sheet(header: [String], rows: [[ExportCell]], extra: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
            + "<sheetData>"
        xml += row(1, header.map(ExportCell.text), bold: true)
        for (index, cells) in rows.enumerated() { xml += row(index + 2, cells, bold: false) }
        return xml + "</sheetData>" + extra + "</worksheet>"
    }

    private func row(_ number: Int, _ cells: [ExportCell], bold: Bool) -> String {
        var xml = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            let reference = "\(Self.column(index))\(number)"
            let style = bold ? " s=\"1\"" : ""
            switch cell {
            case .empty: continue
            case let .number(value): xml += "<c r=\"\(reference)\"\(style)><v>\(ExportCell.format(value))</v></c>"
            case let .text(value):
                xml += "<c r=\"\(reference)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">\(Self.xml(value))</t></is></c>"
            }
        }
        return xml + "</row>"
    }

    /// A, B, ... Z, AA, AB, ...
    static func column(_ index: Int) -> String {
        var index = index + 1, name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }

    /// Escapes XML text; drops control characters XML 1.0 cannot carry.
    static func xml(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            // XML readers turn a raw CR into LF, so CR is written as a character reference.
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
        """

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """

    static let workbook = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Matrix" sheetId="1" r:id="rId1"/><sheet name="Answers" sheetId="2" r:id="rId2"/><sheet name="Actions" sheetId="3" r:id="rId4"/></sheets></workbook>
        """

    static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/></Relationships>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """
}
