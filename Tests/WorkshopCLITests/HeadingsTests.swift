import Testing
import WorkshopTestSupport
@testable import WorkshopCLI
@testable import WorkshopKit

/// Persona column headings: whole words first, then words cut at a syllable with a '.', unique
/// across the columns, never wider than the column.
struct HeadingsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var width: Int
        var headings: [String]
        var testDescription: String { "width \(width)" }
    }

    /// The bundled personas' names, in the order the bundled plans list them.
    static func bundledNames() throws -> [String] {
        let project = try Project.load(root: ProjectRoot(path: Paths.example.path))
        return project.personas(of: try project.plan("stirling-2015")).map(\.name)
    }

    @Test func theBundledNamesAreTheOnesTheseCasesExpect() throws {
        #expect(try Self.bundledNames() == [
            "Academic", "Undergraduate student", "International student", "PhD candidate", "Professional-services staff",
        ])
    }

    @Test(arguments: [
        Case(width: 3, headings: ["Aca", "Und", "Int", "PhD", "Pro"]),
        Case(width: 5, headings: ["Acad.", "Und.", "Int.", "PhD", "Prof."]),
        Case(width: 9, headings: ["Academic", "Undergr.", "Internat.", "PhD", "Profess."]),
        Case(width: 11, headings: ["Academic", "Und. stud.", "Int. stud.", "PhD", "Prof. serv."]),
        Case(width: 12, headings: ["Academic", "Und. student", "Int. student", "PhD", "Professional"]),
        Case(width: 13, headings: ["Academic", "Undergraduate", "International", "PhD candidate", "Professional"]),
        Case(width: 27, headings: ["Academic", "Undergraduate student", "International student", "PhD candidate",
                                   "Professional-services staff"]),
    ])
    func bundledPersonasAbbreviateOnWordBoundaries(_ test: Case) throws {
        #expect(Headings.abbreviate(try Self.bundledNames(), width: test.width) == test.headings)
    }

    @Test(arguments: [
        ["Professional services", "Professional development"],
        ["International student", "International staff", "Int"],
        ["Academic", "Academic", "Academic"],
        ["Year 1 student", "Year 2 student", "Year 3 student"],
    ])
    func clashingNamesStayUniqueAndFitAtEveryWidth(_ names: [String]) throws {
        for width in 1...30 {
            let headings = Headings.abbreviate(names + (try Self.bundledNames()), width: width)
            #expect(Set(headings).count == headings.count, "at width \(width): \(headings)")
            #expect(headings.allSatisfy { $0.count <= width && !$0.isEmpty }, "at width \(width): \(headings)")
        }
    }

    @Test func aClashMovesEveryClashingNameToItsNextForm() {
        #expect(Headings.abbreviate(["Professional services", "Professional development"], width: 12)
            == ["Prof. serv.", "Prof. devel."])
    }

    @Test func wordsAreCutAfterAConsonantBeforeAVowelKeepingThreeLetters() {
        #expect(Headings.cuts(of: "International") == ["Internation", "Internat", "Intern", "Int"])
        #expect(Headings.cuts(of: "Professional") == ["Profession", "Profess", "Prof"])
        #expect(Headings.cuts(of: "staff") == [])
        #expect(Headings.cuts(of: "PhD") == [])
    }
}
