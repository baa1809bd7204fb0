import Foundation
import Testing
import WorkshopTestSupport

/// `workshop init` through the binary, in an empty folder, as a new user meets it.
struct InitCommandTests {
    @Test func initThenCheckThenStartWorksInAnEmptyFolder() throws {
        let folder = TemporaryFolder()
        let made = try WorkshopProcess.run(["init", "x"], directory: folder.url, environment: ["WORKSHOP_ROOT": ""])
        #expect(made.status == 0)
        #expect(made.stderr == "")
        let lines = made.stdout.split(separator: "\n")
        #expect((3...5).contains(lines.count))
        #expect(lines.first == "made a workshop folder in 'x': x/personas/undergraduate.yaml and x/sessions/first-workshop.yaml")
        #expect(lines.contains("next: cd x, then"))
        #expect(made.stdout.contains("workshop start first-workshop"))

        let project = folder.url.appendingPathComponent("x")
        let checked = try WorkshopProcess.run(["check"], directory: project)
        #expect(checked.status == 0)
        #expect(checked.stdout == "checked 1 persona and 1 plan: no problems\n")
        let fromOutside = try WorkshopProcess.run(["check", "--root", "x"], directory: folder.url)
        #expect(fromOutside.stdout == checked.stdout)

        let started = try WorkshopProcess.run(["start", "first-workshop"], directory: project)
        #expect(started.status == 0)
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("sessions/first-workshop.jsonl").path))
        let summary = try WorkshopProcess.run(["summary", "first-workshop"], directory: project)
        #expect(summary.status == 0)
        #expect(summary.stdout.contains("Research cafés: short talks over lunch"))
    }

    @Test func initWithNoFolderFillsTheCurrentOne() throws {
        let folder = TemporaryFolder()
        let made = try WorkshopProcess.run(["init"], directory: folder.url, environment: ["WORKSHOP_ROOT": ""])
        #expect(made.status == 0)
        #expect(made.stdout.hasPrefix("made a workshop folder here: personas/undergraduate.yaml and sessions/first-workshop.yaml\n"))
        #expect(!made.stdout.contains("cd "))
        #expect(Set(folder.snapshot().keys) == ["personas/undergraduate.yaml", "sessions/first-workshop.yaml"])
    }

    @Test func everyKeyOfTheExamplesIsExplainedInAComment() throws {
        let folder = TemporaryFolder()
        _ = try WorkshopProcess.run(["init", "x"], directory: folder.url)
        for (path, data) in folder.snapshot() {
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.hasPrefix("# "), "\(path) opens with what it is")
            for line in text.split(separator: "\n") where !line.hasPrefix(" ") && !line.hasPrefix("#") {
                #expect(line.contains(" # "), "\(path): '\(line)' has no comment")
            }
        }
    }

    @Test func anExistingProjectIsRefusedInOneLineAndLeftAsItWas() throws {
        let folder = TemporaryFolder()
        _ = try WorkshopProcess.run(["init", "x"], directory: folder.url)
        let persona = folder.url.appendingPathComponent("x/personas/undergraduate.yaml")
        try "name: Mine\n".write(to: persona, atomically: true, encoding: .utf8)
        let before = folder.snapshot()
        let again = try WorkshopProcess.run(["init", "x"], directory: folder.url)
        #expect(again.status == 1)
        #expect(again.stdout == "")
        #expect(again.stderr == "error: init: 'x' is a workshop folder already (it has personas/); nothing written: "
            + "check it with 'workshop check --root x', or name a new folder\n")
        #expect(folder.snapshot() == before)
    }

    @Test func anEmptyFolderIsFineAndAFileIsRefused() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
        #expect(try WorkshopProcess.run(["init", "empty"], directory: folder.url).status == 0)
        try "x".write(to: folder.url.appendingPathComponent("file"), atomically: true, encoding: .utf8)
        let refused = try WorkshopProcess.run(["init", "file"], directory: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: init: 'file' is a file; name a new or empty folder for the workshop\n")
    }

    @Test func aFolderThatCannotBeWrittenLeavesNothingBehind() throws {
        guard getuid() != 0 else { return }  // root writes anywhere
        let folder = TemporaryFolder()
        let locked = folder.url.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        let refused = try WorkshopProcess.run(["init", "locked/x"], directory: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: init: cannot make the workshop folder 'locked/x': "))
        #expect(refused.stderr.hasSuffix("; nothing written\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
    }
}
