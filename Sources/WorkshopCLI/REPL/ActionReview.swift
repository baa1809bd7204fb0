import Foundation
import WorkshopKit

/// The walk behind `review`: each action carried into this meeting in turn, one key per status,
/// recorded the moment it is pressed. A capital letter asks for a note first.
struct ActionReview {
    let session: Session
    let by: String

    mutating func run() throws -> String {
        let walk = session.state.actions.filter(\.isCarried)
        guard !walk.isEmpty else { return "no actions were carried into this meeting; 'actions' lists the ones agreed here" }
        Terminal.write(Style.bold("Reviewing \(plural(walk.count, "action"))") + ": d done · p in progress · c carried · x dropped  "
            + Style.dim("capital: with a note · space skip · ⌫ back · q quit") + "\n")
        var index = 0
        while index < walk.count {
            let action = walk[index]
            let now = session.state.actions.first { $0.id == action.id }?.review.map { " [now \($0.status.rawValue)]" } ?? ""
            let flag = action.isCarriedTwice ? " ⚑ carried \(action.carries) times" : ""
            Terminal.write("\r\u{1B}[K\(index + 1)/\(walk.count) \(action.described)\(flag)\(now) › ")
            guard var byte = Terminal.readByte() else { break }
            // An arrow key arrives as Esc [ C (skip) or Esc [ D (back); a lone Esc leaves.
            if byte == 0x1B, Terminal.byteWaiting(milliseconds: 40), Terminal.readByte() == UInt8(ascii: "[") {
                byte = Terminal.readByte() == UInt8(ascii: "D") ? 0x7F : 0x20
            }
            let key = Character(Unicode.Scalar(byte))
            if let status = ActionStatus.allCases.first(where: { $0.key == Character(key.lowercased()) }) {
                let note = key.isUppercase ? readNote() : nil
                try session.record(.review(action, status, note: note), by: by)
                Terminal.write(Style.green(status.rawValue) + (note.map { " — \($0)" } ?? "") + "\n")
                index += 1
            } else if byte == 0x20 {
                Terminal.write(Style.dim("skipped") + "\n")
                index += 1
            } else if byte == 0x7F || byte == 0x08 {
                Terminal.write(Style.dim("back") + "\n")
                index = max(0, index - 1)
            } else if key == "q" || byte == 0x1B || byte == 0x03 || byte == 0x04 {
                Terminal.write(Style.dim("left") + "\n")
                break
            } else {
                Terminal.write("\u{07}")
            }
        }
        let reviewed = session.state.actions.filter { $0.isCarried && $0.review != nil }.count
        return "reviewed \(reviewed) of \(walk.count) carried actions" + (reviewed < walk.count ? "; \(walk.count - reviewed) still to review" : "")
    }

    /// A line typed in the walk's raw mode: keys echoed (UTF-8 kept whole), Backspace rubs out one
    /// character, Enter ends.
    private func readNote() -> String? {
        Terminal.write(Style.dim("note: "))
        var bytes: [UInt8] = []
        while let byte = Terminal.readByte(), byte != 0x0D, byte != 0x0A {
            if byte == 0x7F || byte == 0x08 {
                // Drop UTF-8 continuation bytes, then the character's first byte.
                while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }
                if !bytes.isEmpty {
                    bytes.removeLast()
                    Terminal.write("\u{08} \u{08}")
                }
            } else if byte >= 0x20 {
                bytes.append(byte)
                FileHandle.standardOutput.write(Data([byte]))
            }
        }
        Terminal.write(" ")
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}
