import Foundation
import Testing
import WorkshopTestSupport

/// What `serve` is told is kept beside the join links and used again: a `serve` restarted with no
/// options keeps the assignments and the hidden results; `serve links` shows what is in force;
/// each kept setting can be turned off. Through the binary: a room started in process would wait
/// for its server on the test's own cooperative pool.
struct ServeRememberedTests {
    @Test func serveRestartedWithoutOptionsKeepsTheAssignments() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let first = try copy.run([], input: """
            open stirling-2015
            serve --listen 127.0.0.1:0 --no-qr --assign table-1=academic,table-2=undergraduate --hide-results
            serve stop
            """)
        #expect(first.stderr.isEmpty, "\(first.stderr)")
        let file = copy.path + "/sessions/stirling-2015.jsonl.room"
        let kept = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        let served = try #require(kept["served"] as? [String: Any])
        #expect(served["assignments"] as? [String: String] == ["table-1": "academic", "table-2": "undergraduate"])
        #expect(served["hideResults"] as? Bool == true)
        #expect(kept["facilitator"] is String && kept["groups"] is [String: String], "the tokens are still there")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)

        let second = try copy.run([], input: """
            open stirling-2015
            serve --listen 127.0.0.1:0 --no-qr
            serve links --no-qr
            serve stop
            """)
        #expect(second.stderr.isEmpty, "\(second.stderr)")
        #expect(second.stdout.contains("table-1 (plays academic): http://127.0.0.1:"))
        #expect(second.stdout.contains("table-2 (plays undergraduate): http://127.0.0.1:"))
        #expect(second.stdout.contains("in force: results hidden until every group has answered"))
        #expect(second.stdout.contains("in force: --assign table-1=academic, table-2=undergraduate"))

        let third = try copy.run([], input: """
            open stirling-2015
            serve --listen 127.0.0.1:0 --no-qr --assign table-1= --no-hide-results
            serve stop
            """)
        #expect(third.stderr.isEmpty, "\(third.stderr)")
        #expect(third.stdout.contains("table-1 (chooses a persona on the phone): "))
        #expect(third.stdout.contains("table-2 (plays undergraduate): "))
        #expect(third.stdout.contains("in force: results shown as they come"))
    }

    @Test func individualsModeIsKeptAndLeftWithTables() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let first = try copy.run([], input: """
            open stirling-2015
            serve --listen 127.0.0.1:0 --no-qr --individuals --most-phones 300 --assign-round-robin
            serve stop
            serve --listen 127.0.0.1:0 --no-qr
            serve stop
            """)
        #expect(first.stderr.isEmpty, "\(first.stderr)")
        let started = first.stdout.components(separatedBy: "in force: individuals (at most 300 phones, personas given in turn)")
        #expect(started.count == 3, "kept for the second serve: \(first.stdout)")
        #expect(first.stdout.contains("room link (every phone, each its own rater): http://127.0.0.1:"))
        #expect(!first.stdout.contains("table-1 ("), "no table links in individuals mode")
        let back = try copy.run([], input: "open stirling-2015\nserve --listen 127.0.0.1:0 --no-qr --tables\nserve stop\n")
        #expect(back.stdout.contains("in force: tables, a link each") && back.stdout.contains("table-1 (chooses a persona on the phone)"))
        let wrong = try copy.run([], input: "open stirling-2015\nserve --listen 127.0.0.1:0 --no-qr --most-phones 5\n")
        #expect(wrong.stderr.contains("--most-phones and --assign-round-robin apply to a room of individuals; add --individuals"))
    }
}
