import Foundation
import Testing
import WorkshopTestSupport

/// The shell's completion script, as a user installs it (`workshop --generate-completion-script
/// bash`), run in a real bash: Tab after a command offers the project's sessions, after a session
/// the personas, read from the files of the folder `--root` names.
struct CompletionScriptTests {
    static var bashAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/bin/bash") }

    /// What the completion function offers for `line` (the word at the cursor is its last word, empty after a space).
    static func complete(_ line: String, copy: ExampleCopy) throws -> [String] {
        let script = try WorkshopProcess.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        let file = copy.url.appendingPathComponent("workshop.bash")
        try script.stdout.write(to: file, atomically: true, encoding: .utf8)
        // The binary is found as `workshop` on the PATH, as an installed one would be.
        let bin = copy.url.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try? FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("workshop"), withDestinationURL: WorkshopProcess.binary)
        var words = line.split(separator: " ").map(String.init)
        if line.hasSuffix(" ") { words.append("") }
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program = """
            source '\(file.path)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
            _workshop workshop "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", program]
        process.currentDirectoryURL = copy.url
        var environment = WorkshopProcess.environment(adding: ["SHELL": "/bin/bash"])
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
    }

    @Test(.enabled(if: bashAvailable))
    func commandsSessionsAndPersonasComplete() throws {
        let copy = try ExampleCopy()
        #expect(try Self.complete("workshop su", copy: copy) == ["summary"])
        #expect(try Self.complete("workshop summary de", copy: copy) == ["demo-2015", "demo-2016"])
        #expect(try Self.complete("workshop score demo-2015 drop-in ", copy: copy).contains("undergraduate"))
        #expect(try Self.complete("workshop row demo-2015 p", copy: copy) == ["phd-candidate", "professional-services"])
        #expect(try Self.complete("workshop summary --root \(copy.path) learning-set-", copy: copy)
            == ["learning-set-1", "learning-set-2", "learning-set-3"])
    }

    @Test(.enabled(if: bashAvailable))
    func anotherFoldersFilesAreReadFromItsRoot() throws {
        let copy = try ExampleCopy()
        let other = try ExampleCopy()
        try FileManager.default.moveItem(at: other.journal("demo-2015"), to: other.journal("elsewhere"))
        #expect(try Self.complete("workshop summary --root \(other.path) el", copy: copy) == ["elsewhere"])
        #expect(try Self.complete("workshop summary el", copy: copy) == [])
    }
}
