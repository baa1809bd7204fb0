import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

struct ProjectTests {
    @Test func aFolderWithoutPersonasOrSessionsIsNotAProject() {
        let folder = TemporaryFolder()
        #expect(throws: ProjectError.notAProject(root: folder.path)) {
            try Project.load(root: ProjectRoot(path: folder.path))
        }
    }

    @Test func rootComesFromOptionThenEnvironmentThenCurrentFolder() {
        #expect(ProjectRoot.resolve(option: "a", environment: ["WORKSHOP_ROOT": "b"]).path == "a")
        #expect(ProjectRoot.resolve(option: nil, environment: ["WORKSHOP_ROOT": "b"]).path == "b")
        #expect(ProjectRoot.resolve(option: nil, environment: [:]).path == ".")
        #expect(ProjectRoot(path: ".").planFile("x") == "sessions/x.yaml")
        #expect(ProjectRoot(path: "ex/").personaFile("x") == "ex/personas/x.yaml")
    }

    @Test func anAmbiguousPrefixListsTheCandidates() throws {
        let folder = TemporaryFolder()
        let sessions = folder.url.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        for id in ["spring-a", "spring-b"] {
            try "title: T\nscale: 1-5\npersonas: []\nactivities: [{id: a, title: A}]\n"
                .write(to: sessions.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
        }
        let project = try Project.load(root: ProjectRoot(path: folder.path))
        #expect(throws: ProjectError.ambiguousPlan(prefix: "spring", candidates: ["spring-a", "spring-b"])) {
            try project.plan("spring")
        }
    }

    @Test func aRootThatIsMissingOrAFileOrEmptyIsRefusedAsSuch() throws {
        let folder = TemporaryFolder()
        let missing = folder.url.appendingPathComponent("nowhere").path
        let file = folder.url.appendingPathComponent("notes.txt").path
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: ProjectError.missingRoot(root: missing)) { try ProjectRoot(path: missing).check() }
        #expect(throws: ProjectError.rootNotAFolder(root: file)) { try ProjectRoot(path: file).check() }
        #expect(throws: ProjectError.notAProject(root: folder.path)) { try ProjectRoot(path: folder.path).check() }
        #expect(throws: ProjectError.missingRoot(root: missing)) { try Project.load(root: ProjectRoot(path: missing)) }
        #expect(throws: Never.self) { try ProjectRoot(path: Paths.example.path).check() }
    }
}
