import Foundation
import Testing
@testable import WorkshopKit
@testable import WorkshopProject

/// `language:` and `languages:` in plans and personas: read, kept in the session's snapshot when
/// given, and absent from it (byte for byte as before) when not.
struct LanguageFieldTests {
    static let plan = """
        title: Cynllun
        language: cy
        languages: [cy, en, cy]
        scale: agreement
        personas: [academic]
        activities:
          - {id: drop-in, title: Desg galw heibio}
        """

    @Test func aPlanSaysItsLanguageAndTheOnesOffered() throws {
        let log = DiagnosticLog(file: "plan.yaml")
        let plan = try #require(PlanLoader.load(id: "plan", text: Self.plan, personas: ["academic"], log: log))
        #expect(log.diagnostics.isEmpty)
        #expect(plan.language == "cy" && plan.languages == ["cy", "en"], "a repeat is kept once")
        let snapshot = String(decoding: try JSONEncoder().encode(plan), as: UTF8.self)
        #expect(snapshot.contains(#""language":"cy""#))
        let decoded = try JSONDecoder().decode(Plan.self, from: Data(snapshot.utf8))
        #expect(decoded.language == "cy" && decoded.languages == ["cy", "en"])
    }

    @Test func aPlanWithoutOneKeepsItsSnapshotAsItWas() throws {
        let log = DiagnosticLog(file: "plan.yaml")
        let text = Self.plan.replacingOccurrences(of: "language: cy\nlanguages: [cy, en, cy]\n", with: "")
        let plan = try #require(PlanLoader.load(id: "plan", text: text, personas: ["academic"], log: log))
        #expect(plan.language == nil && plan.languages == nil)
        let snapshot = String(decoding: try JSONEncoder().encode(plan), as: UTF8.self)
        #expect(!snapshot.contains("language"))
    }

    @Test func aPersonaMaySayItsOwn() throws {
        let log = DiagnosticLog(file: "p.yaml")
        let persona = try #require(PersonaLoader.load(id: "p", text: "name: Chercheur\nlanguage: fr\n", log: log))
        #expect(persona.language == "fr" && log.diagnostics.isEmpty)
        let bad = PersonaLoader.load(id: "p", text: "name: X\nlanguage: \"\"\n", log: log)
        #expect(bad == nil && log.diagnostics.first?.problem.message.hasPrefix("invalid language ''") == true)
    }
}
