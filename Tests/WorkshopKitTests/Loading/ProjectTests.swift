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
}
