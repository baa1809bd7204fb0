import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// The one rewrite of a journal (a redaction) under a crash at every step: the journal on disk is
/// the old one whole or the new one whole, and the session opens either way.
struct JournalReplaceTests {
    @Test(arguments: JournalFile.ReplaceStep.allCases)
    func aCrashAtAnyStepLeavesTheOldOrTheNewJournalWhole(_ step: JournalFile.ReplaceStep) throws {
        let fixture = try SessionFixture()
        let path = Session.journalPath(root: fixture.root, id: "stirling-2015")
        do {
            let session = try fixture.start()
            try session.record(.note(NoteTarget(), text: "names a student"), by: "anna")
        }
        let old = try fixture.journalBytes()
        let new: [UInt8]
        do {
            let journal = try JournalFile.openForWriting(
                path: path, lockPath: fixture.root.join("sessions/.stirling-2015.lock"), session: "stirling-2015")
            let id = try #require(try fixture.open(writable: false).state.log.last?.id)
            let line = Array(#"{"type":"redact","id":"00000000000000ee","at":"2015-11-20T06:13:20.123Z","by":"anna","#.utf8)
                + Array(#""target":"\#(RecordID.format(id))","kind":"note","reason":"r","format":"3"}"#.utf8) + [10]
            new = try #require(try JournalBlanker.blanking([id], in: old)) + line
            try journal.replace(with: new, crashAfter: step)
        }  // the process "dies": its lock goes, nothing is cleaned up

        let onDisk = try fixture.journalBytes()
        #expect(onDisk == old || onDisk == new)
        #expect((onDisk == new) == (step == .renamed || step == .folderSynced))
        let reopened = try fixture.open()
        #expect(reopened.state.activeNotes.map(\.text) == (onDisk == new ? [] : ["names a student"]))
        let left = try FileManager.default.contentsOfDirectory(atPath: fixture.root.sessionsFolder)
            .filter { $0.contains(JournalFile.rewriteSuffix) }
        #expect(left.isEmpty, "opening for writing removes what a crashed rewrite left")
        try reopened.record(.close, by: "anna")
        #expect(try fixture.open(writable: false).state.isClosed)
    }
}
