import Foundation
import WorkshopKit

/// The walk behind `review`: each action carried into this meeting in turn, one key per status,
/// recorded the moment it is pressed. A capital letter asks for a note first.
struct ActionReview {
    let session: Session
    let by: String
    /// Where the walk writes, and the terminal it reads keys from (its wait may let a room's gate go).
    let console: Console
    let terminal: Terminal

    mutating func run() throws -> String {
        let walk = session.state.actions.filter(\.isCarried)
        guard !walk.isEmpty else { return "no actions were carried into this meeting; 'actions' lists the ones agreed here" }
        console.write(console.style.bold("Reviewing \(plural(walk.count, "action"))") + ": d done · p in progress · c carried · x dropped  "
            + console.style.dim("capital: with a note · space skip · ⌫ back · q quit") + "\n")
        var index = 0
        while index < walk.count {
            let action = walk[index]
            let now = session.state.actions.first { $0.id == action.id }?.review.map { " [now \($0.status.rawValue)]" } ?? ""
            let flag = action.isCarriedTwice ? " ⚑ carried \(action.carries) times" : ""
            // This meeting reviews it: due before today's meeting and still open is overdue.
            let overdue = action.isOverdue(on: session.state.meetingDay) ? " " + console.style.red("overdue") : ""
            console.write(.clearLine)
            console.write("\(index + 1)/\(walk.count) \(TerminalText.clean(action.described))\(flag)\(overdue)\(now) › ")
            guard var byte = terminal.readByte() else { break }
            // An arrow key arrives as Esc [ C (skip) or Esc [ D (back); a lone Esc leaves; another
            // key's sequence (Ctrl-→ is Esc [ 1 ; 5 C) is read whole and rings the bell.
            if byte == 0x1B {
                switch EscapeKey.read(from: terminal) {
                case .lone: break
                case .left: byte = 0x7F
                case .right: byte = 0x20
                case .other: byte = 0x07
                }
            }
            let key = Character(Unicode.Scalar(byte))
            if let status = ActionStatus.allCases.first(where: { $0.key == Character(key.lowercased()) }) {
                let note = key.isUppercase ? readNote() : nil
                try session.record(.review(action, status, note: note), by: by)
                console.write(console.style.green(status.rawValue) + (note.map { " — " + TerminalText.clean($0) } ?? "") + "\n")
                index += 1
            } else if byte == 0x20 {
                console.write(console.style.dim("skipped") + "\n")
                index += 1
            } else if byte == 0x7F || byte == 0x08 {
                console.write(console.style.dim("back") + "\n")
                index = max(0, index - 1)
            } else if key == "q" || byte == 0x1B || byte == 0x03 || byte == 0x04 {
                console.write(console.style.dim("left") + "\n")
                break
            } else {
                console.write(.bell)
            }
        }
        let reviewed = session.state.actions.filter { $0.isCarried && $0.review != nil }.count
        return "reviewed \(reviewed) of \(walk.count) carried actions" + (reviewed < walk.count ? "; \(walk.count - reviewed) still to review" : "")
    }

    /// A line typed in the walk's raw mode: each character echoed once its UTF-8 is whole, cleaned
    /// as everything shown is; Backspace rubs out one character; Enter ends.
    private func readNote() -> String? {
        console.write(console.style.dim("note: "))
        var text = "", pending: [UInt8] = []
        while let byte = terminal.readByte(), byte != 0x0D, byte != 0x0A {
            if byte == 0x7F || byte == 0x08 {
                pending = []
                guard let last = text.popLast() else { continue }
                for _ in 0..<TextWidth.columns(TerminalText.clean(String(last))) { console.write(.rubOut) }
            } else if byte >= 0x20 {
                pending.append(byte)
                // A lead byte says how many bytes its character takes.
                let length = pending[0] < 0xC0 ? 1 : pending[0] < 0xE0 ? 2 : pending[0] < 0xF0 ? 3 : 4
                guard pending.count >= length else { continue }
                let character = String(decoding: pending, as: UTF8.self)
                pending = []
                text += character
                console.write(TerminalText.clean(character))
            }
        }
        console.write(" ")
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}
