import Foundation
import WorkshopTestSupport

/// A copy of the example where 'stirling-2015' has only a few answers, recorded through batch mode:
/// medians on one answer, a cell with only '?', and standings held by too little of the persona
/// weight to be ranked (undergraduate alone holds 2 of 6).
struct SparseFixture {
    let copy: ExampleCopy

    static let rows = """
        start stirling-2015
        score drop-in undergraduate 4 -g table-1
        score drop-in undergraduate 5 -g table-2
        score drop-in academic 2 -g table-1 --persona-change
        score research-cafes undergraduate 4 -g table-1
        score bring-a-friend phd-candidate 3 -g table-3
        score bring-a-friend phd-candidate ? -g table-4
        score embedded-teaching phd-candidate ? -g table-4
        """

    init() throws {
        copy = try ExampleCopy()
        let recorded = try copy.workshop([], input: Self.rows)
        guard recorded.status == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
