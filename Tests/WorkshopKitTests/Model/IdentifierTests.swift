import Testing
import WorkshopKit

struct IdentifierTests {
    @Test(arguments: ["academic", "phd-candidate", "table_3", "2015", "a"])
    func valid(_ id: String) {
        #expect(Identifier.isValid(id))
    }

    @Test(arguments: ["", "Academic", "-lead", "table 3", "café", "a/b", "a.b"])
    func invalid(_ id: String) {
        #expect(!Identifier.isValid(id))
    }
}
