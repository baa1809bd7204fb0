import Testing
@testable import WorkshopKit

struct PersonaLoaderTests {
    func load(_ text: String) -> (Persona?, [Problem]) {
        let log = DiagnosticLog(file: "p.yaml")
        let persona = PersonaLoader.load(id: "p", text: text, log: log)
        return (persona, log.diagnostics.map(\.problem))
    }

    @Test func defaultsWeightToOne() throws {
        let (persona, problems) = load("name: Student\n")
        #expect(problems.isEmpty)
        #expect(persona == Persona(id: "p", name: "Student"))
        #expect(persona?.weight == 1)
    }

    @Test func readsListsAndWeight() {
        let (persona, _) = load("""
            name: Student
            summary: Busy.
            weight: 2.5
            tags: [student]
            needs: [Quiet space, Quick answers]
            pains:
              - Does not know librarians help
            """)
        #expect(persona?.weight == 2.5)
        #expect(persona?.needs == ["Quiet space", "Quick answers"])
        #expect(persona?.pains == ["Does not know librarians help"])
        #expect(persona?.tags == ["student"])
    }

    @Test(arguments: ["weight: -1", "weight: heavy", "weight: .nan", "weight: [1]"])
    func refusesBadWeights(_ line: String) {
        let (persona, problems) = load("name: X\n\(line)\n")
        #expect(persona == nil)
        #expect(problems.count == 1)
    }

    @Test func aNullValueCountsAsMissing() {
        let (persona, problems) = load("name:\nsummary: s\n")
        #expect(persona == nil)
        #expect(problems == [.missingKey(key: "name", in: "persona")])
    }
}
