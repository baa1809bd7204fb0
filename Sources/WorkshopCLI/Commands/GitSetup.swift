import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `workshop git-setup`: journals merge in git through `merge-driver`.
    struct GitSetup: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "git-setup",
            abstract: "Let git merge journals: the merge driver in .gitattributes and the repository's config.",
            discussion: """
                Writes 'sessions/*.jsonl merge=workshop' to the workshop folder's .gitattributes, keeps the \
                session side files (locks, torn lines, rewrites, replay checkpoints) out of git in its \
                .gitignore, and registers the driver in the repository's config with this binary's \
                absolute path (run it again if workshop moves). Each clone runs it once: git does not \
                copy its config. Running it again changes nothing.

                Example: workshop git-setup
                """)

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Have the driver take groups of the same id as the same groups (the later answer of a cell stands).")
        var sameGroups = false

        static let attributes = ["sessions/*.jsonl merge=workshop"]
        static let ignored = [
            "sessions/.*.lock", "sessions/*.jsonl.torn-*", "sessions/*.jsonl.rewrite-*", "sessions/*.jsonl.creating-*",
            "sessions/*.jsonl.checkpoint", "sessions/*.jsonl.checkpoint-*", "sessions/*.jsonl.room",
        ]

        func run(in context: inout CommandContext) throws {
            let root = context.root.path
            let added = try Self.ensure(lines: Self.attributes, in: root + "/.gitattributes")
                + Self.ensure(lines: Self.ignored, in: root + "/.gitignore")
            let driver = "\(Self.quoted(Self.binaryPath)) merge-driver\(sameGroups ? " --same-groups" : "") %O %A %B %P"
            try Self.git(["config", "merge.workshop.name", "workshop journals: union of records"], in: root)
            try Self.git(["config", "merge.workshop.driver", driver], in: root)
            context.console.out(added == 0 ? "git is set up already: .gitattributes and .gitignore unchanged"
                : "added \(added) line\(added == 1 ? "" : "s") to .gitattributes and .gitignore")
            context.console.out("journals merge with: \(driver)")
        }

        /// Appends each of `lines` the file lacks; returns how many.
        static func ensure(lines: [String], in path: String) throws -> Int {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let present = Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
            let missing = lines.filter { !present.contains($0) }
            guard !missing.isEmpty else { return 0 }
            let joined = (text.isEmpty || text.hasSuffix("\n") ? text : text + "\n") + missing.joined(separator: "\n") + "\n"
            do {
                try joined.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw CommandFailure("cannot write '\(path)': \(error.localizedDescription)")
            }
            return missing.count
        }

        /// The running binary, absolute, so git finds it whatever its PATH.
        static var binaryPath: String {
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        }

        static func quoted(_ path: String) -> String {
            "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }

        static func git(_ arguments: [String], in folder: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            do {
                try process.run()
            } catch {
                throw CommandFailure("cannot run git: \(error.localizedDescription)")
            }
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                let reason = message.split(separator: "\n").first.map(String.init) ?? "exit \(process.terminationStatus)"
                throw CommandFailure("git \(arguments.prefix(2).joined(separator: " ")) failed: \(reason)")
            }
        }
    }
}
