import Foundation
import WorkshopTestSupport

/// A copy of the example with a series of its own, built through the binary: three meetings of the
/// 'reading-group' series (plans with dates a month apart; the first has a 'podcast' the others
/// drop for a 'walk'), recorded with `row` lines, plus two plans outside any series: 'disjoint'
/// (no activity in common) and 'rag-review' (the same activities on the RAG scale).
struct SeriesFixture {
    let copy: ExampleCopy

    static let rows = """
        row rg-1 academic t1 3 2 4 1
        row rg-1 academic t2 3 3 4 2
        row rg-1 academic t3 2 3 5 1
        row rg-1 phd t1 2 2 3 3 --persona-change
        row rg-1 undergraduate t1 1 4 2 2 --persona-change
        row rg-2 academic t1 4 2 4 3
        row rg-2 academic t2 5 3 3 3
        row rg-2 academic t3 4 3 4 2
        row rg-2 phd t1 4 2 - 3 --persona-change
        row rg-2 phd t2 3 ? 3 3 --persona-change
        row rg-2 undergraduate t1 1 4 2 2 --persona-change
        row rg-3 academic t1 5 1 4 4
        row rg-3 academic t2 5 2 3 4
        row rg-3 academic t3 4 2 4 5
        row rg-3 phd t1 4 2 4 3 --persona-change
        row disjoint academic t1 3 3
        row rag-review academic t1 g a r g
        """

    init() throws {
        copy = try ExampleCopy()
        try plan("rg-1", date: "2016-01-10", series: "reading-group", last: "{id: podcast, title: Podcast series}")
        try plan("rg-2", date: "2016-02-10", series: "reading-group", last: "{id: walk, title: Library walk}")
        try plan("rg-3", date: "2016-03-10", series: "reading-group", last: "{id: walk, title: Library walk}")
        try plan("rag-review", date: "2016-04-01", scale: "rag", last: "{id: walk, title: Library walk}")
        try write("disjoint", """
            title: Something else entirely
            scale: 1-5
            personas: [academic]
            groups: [t1]
            activities:
              - {id: alpha, title: Alpha}
              - {id: beta, title: Beta}
            """)
        for id in ["rg-1", "rg-2", "rg-3", "disjoint", "rag-review"] {
            let started = try copy.workshop(["start", id])
            guard started.status == 0 else { throw CocoaError(.fileWriteUnknown) }
        }
        let recorded = try copy.workshop([], input: Self.rows)
        guard recorded.status == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    private func plan(_ id: String, date: String, series: String? = nil, scale: String = "1-5", last: String) throws {
        try write(id, """
            title: Reading group \(id)
            date: \(date)
            \(series.map { "series: \($0)" } ?? "")
            scale: \(scale)
            personas: [academic, phd-candidate, undergraduate]
            groups: [t1, t2, t3, t4]
            activities:
              - {id: journal-club, title: Journal club}
              - {id: drop-in, title: Drop-in clinic}
              - {id: cafe, title: Research café}
              - \(last)
            """)
    }

    private func write(_ id: String, _ text: String) throws {
        try text.write(to: copy.url.appendingPathComponent("sessions/\(id).yaml"), atomically: true, encoding: .utf8)
    }
}
