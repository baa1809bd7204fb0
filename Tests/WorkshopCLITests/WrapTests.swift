import Foundation
import Testing
@testable import WorkshopCLI

/// Wrapping is linear in the line's length and lays lines exactly as the earlier, slower way did.
struct WrapTests {
    /// The way lines were wrapped before: re-measuring what was left after every cut (quadratic
    /// on a long word), kept here as the reference the linear one must match.
    static func reference(_ line: String, width: Int) -> [String] {
        let width = max(width, 20)
        guard TextWidth.columns(line) > width else { return [line] }
        let leading = String(line.prefix { $0 == " " })
        let indent = leading + "  "
        var result: [String] = []
        var current = leading
        for word in line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: false) {
            let piece = String(word)
            let start = current == leading || current == indent
            if !start, TextWidth.columns(current) + 1 + TextWidth.columns(piece) > width {
                result.append(current)
                current = indent
            }
            current += (current == leading || current == indent ? "" : " ") + piece
            while TextWidth.columns(current) > width {
                var head = TextWidth.prefix(current, width)
                let spaces = current.prefix { $0 == " " }.count
                if head.count <= spaces, let first = TextWidth.pieces(current.dropFirst(spaces)).first {
                    head = String(current.prefix(spaces)) + first
                }
                result.append(head)
                current = indent + current.dropFirst(head.count)
            }
        }
        result.append(current)
        return result
    }

    @Test func linesAreLaidAsBefore() {
        let words = ["a", "library", "日本語の学生", "👩‍👩‍👧", "Cafe\u{301}", "^[[2J", "\\u{202e}", "",
                     String(repeating: "x", count: 45), String(repeating: "語", count: 30), "ｆｕｌｌ"]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2000 {
            // The old way looped for ever when the indent alone was wider than the line (see below).
            let leading = String(repeating: " ", count: [0, 0, 2, 4, 12][next(5)])
            let line = leading + (0..<next(14)).map { _ in words[next(words.count)] }.joined(separator: " ")
            let width = 20 + next(40)
            // The old way also left a last line of nothing but the indent after a piece wider than
            // the room beside the indent; that blank line is the one difference.
            let trimmed = { (lines: [String]) in
                lines.count > 1 && lines.last?.allSatisfy({ $0 == " " }) == true ? Array(lines.dropLast()) : lines
            }
            #expect(trimmed(Wrap.fit(line, width: width)) == trimmed(Self.reference(line, width: width)),
                    "width \(width): \(line)")
        }
    }

    @Test func anIndentWiderThanTheLineStillEnds() {
        let lines = Wrap.fit(String(repeating: " ", count: 25) + "one two three", width: 20)
        #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined() == "onetwothree")
    }

    /// The least time of five runs wrapping `line`.
    static func seconds(_ line: String) -> Double {
        (0..<5).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            _ = Wrap.fit(line, width: 80)
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }.min() ?? 0
    }

    /// A note with no spaces took 0.5 s at 32 KB, 32 s at 256 KB and minutes at 1 MB: four times the
    /// text must take about four times the time, never near the sixteen times of the quadratic way
    /// (8 leaves room for a busy machine: measured 2.9 to 4.7 here for four times the text).
    @Test(arguments: ["x", "語", "é"])
    func fourTimesTheTextTakesAboutFourTimesTheTime(_ unit: String) {
        let small = String(repeating: unit, count: 25_000), large = String(repeating: unit, count: 100_000)
        _ = Self.seconds(small)
        let ratio = Self.seconds(large) / Self.seconds(small)
        #expect(ratio < 8, "100,000 characters took \(ratio) times as long as 25,000")
        #expect(Wrap.fit(large, width: 80).allSatisfy { TextWidth.columns($0) <= 80 })
    }
}
