import Testing
import WorkshopKit

struct SuggestionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var word: String
        var candidates: [String]
        var expected: String?
        var testDescription: String { "\(word) -> \(expected ?? "nil")" }
    }

    static let personas = ["academic", "international-student", "phd-candidate", "undergraduate"]

    @Test(arguments: [
        Case(word: "phd", candidates: personas, expected: "phd-candidate"),
        Case(word: "acadmic", candidates: personas, expected: "academic"),
        Case(word: "undergraduates", candidates: personas, expected: "undergraduate"),
        Case(word: "ACADEMIC", candidates: personas, expected: "academic"),
        Case(word: "librarian", candidates: personas, expected: nil),
        Case(word: "stirlng", candidates: ["stirling-2015", "delivery-models"], expected: "stirling-2015"),
        Case(word: "intl", candidates: personas, expected: "international-student"),
        Case(word: "zzz", candidates: personas, expected: nil),
        Case(word: "summery", candidates: ["name", "summary", "needs"], expected: "summary"),
        Case(word: "x", candidates: [], expected: nil),
    ])
    func closest(_ example: Case) {
        #expect(Suggestion.closest(to: example.word, in: example.candidates) == example.expected)
    }

    @Test func editDistance() {
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("same", "same") == 0)
    }
}
