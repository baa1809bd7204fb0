import WorkshopSession

/// The parts around the worksheets that Excel and LibreOffice require: content types, relationships,
/// the workbook (sheet names and each sheet's print titles) and the styles.
enum XLSXPackage {
    /// Every part of a workbook holding `sheets`, by its path in the zip.
    static func parts(_ sheets: [XLSXSheet]) -> [(path: String, text: String)] {
        let medians = XLSXNumberFormats(sheets: sheets)
        return [
            ("[Content_Types].xml", contentTypes(sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.count)),
            ("xl/styles.xml", XLSXStyle.styleSheet(medians)),
        ] + sheets.enumerated().map { index, sheet in ("xl/worksheets/sheet\(index + 1).xml", sheet.xml(medians)) }
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static func contentTypes(_ count: Int) -> String {
        let sheets = (0..<count).map { index in
            "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + sheets.joined()
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>"
    }

    static let rootRelationships = header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    /// The styles part is `rId1`; sheet N is `rId(N+1)`.
    static func sheetRelationship(_ index: Int) -> String { "rId\(index + 2)" }

    /// Sheet names in order, then `_xlnm.Print_Titles` for each sheet (`localSheetId` is its position).
    static func workbook(_ sheets: [XLSXSheet]) -> String {
        let entries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(XLSXCell.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"\(sheetRelationship(index))\"/>"
        }
        let titles = sheets.enumerated().map { index, sheet in
            "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">\(XLSXCell.escaped(sheet.printTitles))</definedName>"
        }
        return header + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets>" + entries.joined() + "</sheets>"
            + (titles.isEmpty ? "" : "<definedNames>" + titles.joined() + "</definedNames>") + "</workbook>"
    }

    static func workbookRelationships(_ count: Int) -> String {
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let sheets = (0..<count).map { index in
            "<Relationship Id=\"\(sheetRelationship(index))\" Type=\"\(type)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        return header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(type)/styles\" Target=\"styles.xml\"/>" + sheets.joined() + "</Relationships>"
    }
}
