import Testing
@testable import WorkshopKit
@testable import WorkshopReports
import WorkshopStatistics

/// The report's language as a value: which words, which `lang` and `dir`, and the English catalogue
/// saying exactly what the code's own English statements say.
struct ReportLanguageUnitTests {
    struct Case: Sendable {
        var requested: String?
        var plan: String?
        var words: String
        var direction: String
        var planLang: String?
        var planDir: String?
    }

    @Test(arguments: [
        Case(requested: nil, plan: nil, words: "en", direction: "ltr", planLang: nil, planDir: nil),
        Case(requested: "cy", plan: nil, words: "cy", direction: "ltr", planLang: "en", planDir: nil),
        Case(requested: nil, plan: "cy", words: "cy", direction: "ltr", planLang: nil, planDir: nil),
        Case(requested: "en-GB", plan: "cy", words: "en", direction: "ltr", planLang: "cy", planDir: nil),
        Case(requested: nil, plan: "ar", words: "en", direction: "rtl", planLang: "ar", planDir: nil),
        Case(requested: "fr", plan: "he", words: "fr", direction: "ltr", planLang: "he", planDir: "rtl"),
        Case(requested: "ja", plan: nil, words: "en", direction: "ltr", planLang: nil, planDir: nil),
    ])
    func wordsDirectionAndThePlansMarks(_ c: Case) {
        let language = ReportLanguage(c.requested, plan: c.plan)
        #expect(language.words.language == c.words)
        #expect(language.direction == c.direction)
        #expect(language.planLang == c.planLang)
        #expect(language.planDir == c.planDir)
    }

    @Test func theEnglishCatalogueSaysWhatTheCodeStates() {
        #expect(Messages.english["report.methods.complete_block"] == CompleteBlock.rule)
        #expect(Messages.english["report.delta.rule", ["minimum": "3"]] == ChangeRule(minimumAnswers: 3).statement)
    }

    @Test func listsJoinInEachLanguage() {
        #expect(ReportLanguage.english.list(["A", "B", "C"]) == "A, B and C")
        #expect(ReportLanguage("cy").list(["A", "B"]) == "A a B")
        #expect(ReportLanguage("zh-Hans").list(["甲", "乙", "丙"]) == "甲、乙和丙")
        #expect(ReportLanguage("de").list(["A"]) == "A")
    }
}
