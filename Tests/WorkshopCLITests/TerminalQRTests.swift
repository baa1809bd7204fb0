import Testing
import WorkshopServer
@testable import WorkshopCLI

/// The QR code as the terminal draws it reads back as the same modules: two rows to a line, light
/// modules filled, a quiet zone of two all round.
struct TerminalQRTests {
    @Test func halfBlocksReadBackAsTheCodesModules() throws {
        let code = try #require(QRCode("http://10.0.0.7:8080/g/00112233445566778899aabbccddeeff"))
        let lines = TerminalQR.lines(code)
        let side = code.size + 4
        #expect(lines.count == (side + 1) / 2)
        #expect(lines.allSatisfy { $0.count == side })
        for (number, line) in lines.enumerated() {
            for (column, character) in line.enumerated() {
                let (top, bottom): (Bool, Bool) = switch character {
                case "█": (true, true)
                case "▀": (true, false)
                case "▄": (false, true)
                default: (false, false)
                }
                let row = number * 2
                func light(_ row: Int) -> Bool {
                    row >= side ? false : !code.isDark(row: row - 2, column: column - 2)
                }
                #expect(top == light(row) && bottom == light(row + 1), "line \(number), column \(column)")
            }
        }
    }
}
