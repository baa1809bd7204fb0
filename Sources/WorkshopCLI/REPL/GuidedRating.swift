import Foundation
import WorkshopKit

/// The walk behind `rate`: one line per item, one key per answer, recorded the moment it is pressed.
struct GuidedRating {
    let session: Session
    let persona: String
    let group: String
    let by: String
    /// Where the walk writes, and the terminal it reads keys from (its wait may let a room's gate go).
    let console: Console
    let terminal: Terminal

    private enum Key {
        /// An answer, and the start of its key already echoed while the walk waited.
        case answer(Answer, echoed: String)
        case back, skip, leave, other
    }

    mutating func run() throws -> String {
        let items = RatingItems(state: session.state)
        let keys = KeyMap(scale: session.state.plan.scale)
        // Marks this walk's answers, so 'undo --walk' can take them back together.
        let walk = RecordID.random()
        var index = 0
        let quit = keys.begins(with: UInt8(ascii: "q")) ? "Esc quit" : "q quit"
        console.write("\(console.style.bold(TerminalText.clean("Rating as \(persona) · \(group)"))): \(TerminalText.clean(keys.legend))  "
            + console.style.dim("space skip · ⌫ back · \(quit)") + "\n")
        if let rule = keys.rule { console.write(console.style.dim(TerminalText.clean(rule)) + "\n") }
        while index < items.count {
            let item = items.items[index]
            let cell = Cell(activity: item.activity, persona: persona, group: group, criterion: item.criterion)
            let current = session.state.answer(for: cell).map { " [now \(TerminalText.clean($0.key(on: session.state.plan.scale)))]" } ?? ""
            let position = String(format: "%\(String(items.count).count)d/%d", index + 1, items.count)
            let head = "\(position) \(TerminalText.clean(item.label))\(current) › "
            console.write(.clearLine)
            console.write(head)
            switch readKey(keys) {
            case let .answer(answer, echoed):
                rubOut(echoed.count, of: echoed)
                let change = Change.answer(cell, answer, note: nil)
                let unchanged = session.state.changesNothing(change)
                do {
                    if !unchanged { try session.record(change, by: by, walk: walk) }
                } catch {
                    console.write("\n")
                    throw error
                }
                let key = TerminalText.clean(answer.key(on: session.state.plan.scale))
                console.write((unchanged ? console.style.dim("\(key) unchanged") : console.style.green(key)) + "\n")
                index += 1
            case .skip:
                console.write(console.style.dim("skipped") + "\n")
                index += 1
            case .back:
                console.write(console.style.dim("back") + "\n")
                index = max(0, index - 1)
            case .leave:
                console.write(console.style.dim("left") + "\n")
                return outcome(items, finished: false) + "; left at item \(index + 1)"
            case .other:
                console.write(.bell)
            }
        }
        return outcome(items, finished: true)
    }

    /// How many items have an answer on disk now, whatever was pressed on the way (a back-step and a
    /// replacement count once; a skipped item not at all).
    private func outcome(_ items: RatingItems, finished: Bool) -> String {
        let answered = items.items.filter { item in
            session.state.answer(for: Cell(activity: item.activity, persona: persona, group: group, criterion: item.criterion)) != nil
        }.count
        let empty = items.count - answered
        return "rated \(answered) of \(items.count) for " + TerminalText.clean("\(persona) · \(group)") + (finished && empty > 0 ? " (\(empty) left empty)" : "")
    }

    /// One answer or command. Keys that begin a longer key are echoed and wait for the next key or
    /// Enter; Backspace then rubs them out, and a key that continues no answer rings the bell.
    private func readKey(_ keys: KeyMap) -> Key {
        var typed: [UInt8] = []
        while true {
            guard let byte = terminal.readByte() else { return .leave }
            switch byte {
            case 0x03, 0x04: return .leave // Ctrl-C, Ctrl-D
            case 0x1B:
                // A lone Esc leaves; an arrow key arrives as Esc [ C/D; any other key's sequence
                // is read to its end and ignored.
                let key = EscapeKey.read(from: terminal)
                if key == .lone { return .leave }
                if !typed.isEmpty || key == .other {
                    console.write(.bell)
                    continue
                }
                return key == .left ? .back : .skip
            case 0x7F, 0x08:
                guard !typed.isEmpty else { return .back }
                let before = Self.shown(typed)
                typed.removeLast()
                while let last = typed.last, last & 0xC0 == 0x80 { typed.removeLast() }
                rubOut(before.count - Self.shown(typed).count, of: before)
            case 0x0D, 0x0A:
                if let answer = keys.answer(typed) { return .answer(answer, echoed: Self.shown(typed)) }
                console.write(.bell)
            case 0x20 where typed.isEmpty:
                return .skip
            case UInt8(ascii: "q") where typed.isEmpty && !keys.begins(with: byte):
                return .leave
            default:
                switch keys.read(typed + [byte]) {
                case let .answer(answer):
                    return .answer(answer, echoed: Self.shown(typed))
                case .partial:
                    let before = Self.shown(typed)
                    typed.append(byte)
                    console.write(TerminalText.clean(String(Self.shown(typed).dropFirst(before.count))))
                case .none:
                    if typed.isEmpty { return .other }
                    console.write(.bell)
                }
            }
        }
    }

    /// The whole characters among `typed` (one character of a key may take several bytes).
    private static func shown(_ typed: [UInt8]) -> String {
        var bytes = typed[...]
        while !bytes.isEmpty, String(validating: bytes, as: UTF8.self) == nil { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Rubs out the last `count` characters of `shown`, as many columns as the terminal gave each.
    private func rubOut(_ count: Int, of shown: String) {
        for character in shown.suffix(count) {
            for _ in 0..<TextWidth.columns(TerminalText.clean(String(character))) { console.write(.rubOut) }
        }
    }
}
