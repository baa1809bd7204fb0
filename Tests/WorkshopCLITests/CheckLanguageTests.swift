import Foundation
import Testing
import WorkshopKit
import WorkshopTestSupport
@testable import WorkshopCLI

/// `check` on languages: a language with no catalogue, or a partial one, is one warning per
/// language (not per message), at the first place it is named; a complete one says nothing.
struct CheckLanguageTests {
    /// Prepends `line` to a file of the example copy (a comment line keeps the file's line 1 free).
    static func prepend(_ line: String, to name: String, in copy: ExampleCopy) throws {
        let url = copy.url.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        try (line + "\n" + text).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func aLanguageWithNoCatalogueIsOneWarningHoweverOftenItIsNamed() throws {
        let copy = try ExampleCopy()
        try Self.prepend("language: ar", to: "personas/academic.yaml", in: copy)
        try Self.prepend("languages: [cy, ar, en-GB]", to: "sessions/stirling-2015.yaml", in: copy)
        try Self.prepend("language:  ar", to: "sessions/stirling-2016.yaml", in: copy)
        try Self.prepend("language: cy", to: "sessions/delivery-models.yaml", in: copy)
        let result = try copy.workshop(["check"])
        #expect(result.status == 0, "warnings only")
        #expect(result.stdout == """
            \(copy.path)/personas/academic.yaml:1:11: warning: language 'ar' has no catalogue: pages and reports show in English; \
            translations are welcome (see README)
            checked 5 personas and 7 plans: 0 errors, 1 warning

            """)
    }

    @Test func eachLanguageWithoutACatalogueIsNamedOnce() throws {
        let copy = try ExampleCopy()
        try Self.prepend("languages: [cy, he, ja, he]", to: "sessions/stirling-2015.yaml", in: copy)
        let lines = try copy.workshop(["check"]).stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("\(copy.path)/sessions/stirling-2015.yaml:1:17: warning: language 'he' has no catalogue"))
        #expect(lines[1].hasPrefix("\(copy.path)/sessions/stirling-2015.yaml:1:21: warning: language 'ja' has no catalogue"))
        #expect(lines[2] == "checked 5 personas and 7 plans: 0 errors, 2 warnings")
    }

    @Test func theShippedLanguagesAreCompleteAndSayNothing() throws {
        let copy = try ExampleCopy()
        try Self.prepend("languages: [cy, fr, de, es, zh-Hans, zh-CN, en-GB]", to: "sessions/stirling-2015.yaml", in: copy)
        let result = try copy.workshop(["check"])
        #expect(result.stdout == "checked 5 personas and 7 plans: no problems\n")
    }

    /// A partial catalogue (none ships, so one is handed in): how many messages show in English, once.
    @Test func aPartialCatalogueSaysHowManyMessagesShowInEnglish() {
        let place = SourceLocation(file: "sessions/x.yaml", line: 3, column: 11)
        let mentions = [Project.LanguageMention(tag: "cy", location: place),
                        Project.LanguageMention(tag: "cy-GB", location: SourceLocation(file: "sessions/y.yaml", line: 1, column: 11))]
        let warnings = LanguageWarnings(mentions: mentions, missing: { $0 == "cy" ? 12 : 0 }, total: 240)
        #expect(warnings.lines == ["sessions/x.yaml:3:11: warning: 12 of 240 messages are not translated into 'cy' and show in English; "
            + "translations are welcome (see README)"])
    }
}
