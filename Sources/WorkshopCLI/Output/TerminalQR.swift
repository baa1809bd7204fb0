import WorkshopServer

/// A QR code drawn with half-block characters, two rows of modules to a line, as `qrencode -t UTF8`
/// draws it: the light modules and the quiet zone filled, for a terminal's light text on a dark
/// background; scanners read it from the screen.
enum TerminalQR {
    static func lines(_ code: QRCode, quiet: Int = 2) -> [String] {
        let side = code.size + 2 * quiet
        func light(_ row: Int, _ column: Int) -> Bool {
            row >= side ? false : !code.isDark(row: row - quiet, column: column - quiet)
        }
        return stride(from: 0, to: side, by: 2).map { row in
            String((0..<side).map { column -> Character in
                switch (light(row, column), light(row + 1, column)) {
                case (true, true): return "█"
                case (true, false): return "▀"
                case (false, true): return "▄"
                case (false, false): return " "
                }
            })
        }
    }
}
