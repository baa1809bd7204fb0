import Foundation
import WorkshopKit

/// The walk behind `rate`: one line per item, one key per answer, recorded the moment it is pressed.
struct GuidedRating {
    let session: Session
    let persona: String
    let group: String
    let by: String

    private enum Key {
        case answer(Answer)
        case back, skip, leave, other
    }

    mutating func run() throws -> String {
        let items = RatingItems(state: session.state)
        let keys = KeyMap(scale: session.state.plan.scale)
        var index = 0
        Terminal.write("\(Style.bold(TerminalText.clean("Rating as \(persona) · \(group)"))): \(TerminalText.clean(keys.legend))  "
            + Style.dim("space skip · ⌫ back · q quit") + "\n")
        while index < items.count {
            let item = items.items[index]
            let cell = Cell(activity: item.activity, persona: persona, group: group, criterion: item.criterion)
            let current = session.state.answer(for: cell).map { " [now \(TerminalText.clean($0.key(on: session.state.plan.scale)))]" } ?? ""
            let position = String(format: "%\(String(items.count).count)d/%d", index + 1, items.count)
            let head = "\(position) \(TerminalText.clean(item.label))\(current) › "
            Terminal.write(.clearLine)
            Terminal.write(head)
            switch readKey(keys) {
            case let .answer(answer):
                let change = Change.answer(cell, answer, note: nil)
                let unchanged = session.state.changesNothing(change)
                do {
                    if !unchanged { try session.record(change, by: by) }
                } catch {
                    Terminal.write("\n")
                    throw error
                }
                let key = TerminalText.clean(answer.key(on: session.state.plan.scale))
                Terminal.write((unchanged ? Style.dim("\(key) unchanged") : Style.green(key)) + "\n")
                index += 1
            case .skip:
                Terminal.write(Style.dim("skipped") + "\n")
                index += 1
            case .back:
                Terminal.write(Style.dim("back") + "\n")
                index = max(0, index - 1)
            case .leave:
                Terminal.write(Style.dim("left") + "\n")
                return outcome(items, finished: false) + "; left at item \(index + 1)"
            case .other:
                Terminal.write(.bell)
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

    private func readKey(_ keys: KeyMap) -> Key {
        guard let byte = Terminal.readByte() else { return .leave }
        switch byte {
        case 0x03, 0x04: return .leave // Ctrl-C, Ctrl-D
        case 0x7F, 0x08: return .back
        case 0x20: return .skip
        case 0x1B:
            // A lone Esc leaves; an arrow key arrives as Esc [ C/D.
            guard Terminal.byteWaiting(milliseconds: 40), Terminal.readByte() == UInt8(ascii: "[") else { return .leave }
            switch Terminal.readByte() {
            case UInt8(ascii: "D"): return .back
            case UInt8(ascii: "C"): return .skip
            default: return .other
            }
        default:
            let character = Character(Unicode.Scalar(byte))
            if let answer = keys.answer(for: character) { return .answer(answer) }
            if character == "q" { return .leave }
            return .other
        }
    }
}

/// The single key for each answer: the scale's own keys when they are single characters, else the
/// digits 1, 2, 3... in scale order. `?` is always unsure.
struct KeyMap {
    private var map: [Character: Answer] = ["?": .unsure]
    private(set) var legend: String

    init(scale: Scale) {
        let single = scale.levels.allSatisfy { $0.key.count == 1 }
        var parts: [String] = []
        for (index, level) in scale.levels.enumerated() {
            let key: Character = single ? Character(level.key) : Character(String(index + 1))
            map[key] = .level(index)
            parts.append(level.label == level.key ? "\(key)" : "\(key) \(level.label)")
        }
        legend = parts.joined(separator: " · ") + " · ? unsure"
    }

    func answer(for key: Character) -> Answer? { map[key] }
}
