import Testing
@testable import WorkshopKit
@testable import WorkshopSession
@testable import WorkshopMerge
@testable import WorkshopReports

struct ByteInternerTests {
    @Test func internsEachDistinctStringOnceAcrossGrowth() {
        var interner = ByteInterner()
        let words = (0..<1000).map { "word-\($0)" }
        let first = words.map { interner.intern($0) }
        let second = words.map { interner.intern($0) }
        #expect(first == second)
        #expect(Set(first).count == 1000)
        #expect(interner.index(of: "word-500") == first[500])
        #expect(interner.index(of: "absent") == nil)
        #expect(interner[first[7]] == "word-7")
        #expect(interner.intern("") == interner.intern(""))
    }

    @Test func findLooksUpWithoutAdding() {
        var interner = ByteInterner()
        let known = interner.intern("drop-in")
        let find = { (interner: inout ByteInterner, text: String) in
            Array(text.utf8).withUnsafeBytes { interner.find($0) }
        }
        #expect(find(&interner, "drop-in") == known)
        #expect(find(&interner, "induction") == nil)
        #expect(find(&interner, "induction") == nil, "a failed lookup must not have added it")
        #expect(interner.count == 1)
    }
}
