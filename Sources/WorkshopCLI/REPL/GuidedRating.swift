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
        var recorded = 0
        Terminal.write("\(Style.bold("Rating as \(persona) · \(group)")): \(keys.legend)  "
            + Style.dim("space skip · ⌫ back · q quit") + "\n")
        while index < items.count {
            let item = items.items[index]
            let cell = Cell(activity: item.activity, persona: persona, group: group, criterion: item.criterion)
            let current = session.state.answer(for: cell).map { " [now \($0.key(on: session.state.plan.scale))]" } ?? ""
            let position = String(format: "%\(String(items.count).count)d/%d", index + 1, items.count)
            let head = "\(position) \(item.label)\(current) › "
            Terminal.write("\r\u{1B}[K" + head)
            switch readKey(keys) {
            case let .answer(answer):
                do {
                    try session.record(.answer(cell, answer, note: nil), by: by)
                } catch {
                    Terminal.write("\n")
                    throw CommandFailure(error)
                }
                Terminal.write(Style.green(answer.key(on: session.state.plan.scale)) + "\n")
                recorded += 1
                index += 1
            case .skip:
                Terminal.write(Style.dim("skipped") + "\n")
                index += 1
            case .back:
                Terminal.write(Style.dim("back") + "\n")
                index = max(0, index - 1)
            case .leave:
                Terminal.write(Style.dim("left") + "\n")
                return "rated \(recorded) of \(items.count) for \(persona) · \(group); left at item \(index + 1)"
            case .other:
                Terminal.write("\u{07}")
            }
        }
        return "rated \(recorded) of \(items.count) for \(persona) · \(group)"
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
