import Testing
import WorkshopKit

struct MessagesTests {
    /// Welsh has six plural forms; CLDR's rule picks each for these counts.
    @Test func welshCountsTakeTheirSixForms() {
        let welsh = Messages("cy")
        let forms = [0, 1, 2, 3, 6, 7].map { welsh.count("room.vote.dots_left", $0) }
        #expect(forms == ["Dim dotiau ar ôl", "1 dot ar ôl", "2 ddot ar ôl", "3 dot ar ôl", "6 dot ar ôl", "7 dot ar ôl"])
        #expect([0, 1, 2, 3, 6, 7].map { PluralRule.category($0, language: "cy") } == [.zero, .one, .two, .few, .many, .other])
    }

    @Test func pluralRulesFollowCLDR() {
        #expect([0, 1, 2].map { PluralRule.category($0, language: "en") } == [.other, .one, .other])
        #expect([0, 1, 2, 1_000_000].map { PluralRule.category($0, language: "fr") } == [.one, .one, .other, .many])
        #expect([1, 2, 1_000_000].map { PluralRule.category($0, language: "es") } == [.one, .other, .many])
        #expect([0, 1, 2, 5, 11, 100, 103].map { PluralRule.category($0, language: "ar") } == [.zero, .one, .two, .few, .many, .other, .few])
        #expect(PluralRule.category(1, language: "zh-Hans") == .other)
        #expect(PluralRule.categories(language: "cy") == PluralCategory.allCases)
        #expect(PluralRule.categories(language: "de") == [.one, .other])
    }

    @Test func aMissingLanguageOrKeyFallsBackToEnglish() {
        #expect(Messages("ar").language == "en", "no Arabic catalogue: the words are English")
        #expect(Messages("en-GB").language == "en" && Messages("zh-CN").language == "zh-Hans" && Messages("CY").language == "cy")
        let partial = Catalogue(language: "cy", yaml: "cy:\n  room:\n    back: Yn ôl\n")
        let messages = Messages(catalogue: partial)
        #expect(messages["room.back"] == "Yn ôl")
        #expect(messages.count("room.vote.dots_left", 2) == "2 dots left", "taken from English")
        #expect(!messages.has("room.vote.dots_left"))
    }

    @Test func placeholdersAreFilledWhereverTheTranslationPutsThem() {
        let catalogue = Catalogue(language: "cy", yaml: "cy:\n  x: \"%{b} cyn %{a}, %{c}\"\n")
        #expect(Messages(catalogue: catalogue)["x", ["a": "1", "b": "2"]] == "2 cyn 1, %{c}")
        #expect(Catalogue.placeholders("%{count} o %{total}") == ["count", "total"])
    }

    @Test func aBrokenCatalogueSaysWhy() {
        #expect(!Catalogue(language: "cy", yaml: "en:\n  x: y\n").problems.isEmpty)
        #expect(!Catalogue(language: "cy", yaml: "cy:\n  x: [1, 2]\n").problems.isEmpty)
    }

    @Test func thePhonesLanguageIsChosenByTheSwitchThenTheBrowserThenThePlan() {
        let several = LanguageChoice(planLanguage: "cy", planLanguages: ["cy", "en"])
        #expect(several.resolve(chosen: "en", accept: "cy") == "en")
        #expect(several.resolve(chosen: nil, accept: "fr;q=0.9, en-GB, cy;q=0.5") == "en")
        #expect(several.resolve(chosen: "de", accept: "de") == "cy", "neither offered: the plan's")
        let one = LanguageChoice(planLanguage: "fr", planLanguages: [])
        #expect(one.resolve(chosen: nil, accept: "de") == "fr", "the browser chooses only among several")
        #expect(one.resolve(chosen: "zh-Hans", accept: nil) == "zh-Hans", "the switch offers every shipped one")
        #expect(one.offered.first == "fr" && one.offered.count == 6)
        let regions = LanguageChoice(planLanguage: nil, planLanguages: ["en-GB", "cy"])
        #expect(regions.resolve(chosen: "en", accept: "cy") == "en-GB", "the switch's `en` is the plan's `en-GB`")
        #expect(regions.resolve(chosen: "cy", accept: "en") == "cy")
        #expect(regions.resolve(chosen: nil, accept: nil) == "en-GB", "no language: is English, as the plan's text and export take it")
        #expect(Language.direction("ar") == "rtl" && Language.direction("he-IL") == "rtl" && Language.direction("cy") == "ltr")
        #expect(Language.isValid("zh-Hans") && !Language.isValid("english!") && !Language.isValid("c"))
    }
}
