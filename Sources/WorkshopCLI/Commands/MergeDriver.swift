import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `workshop merge-driver BASE OURS THEIRS [PATH]`: git's merge driver for journals (`git-setup`).
    struct MergeDriver: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge-driver",
            abstract: "Git's merge driver for journals: THEIRS merged into OURS (set up by 'git-setup').",
            discussion: """
                Git runs it as 'workshop merge-driver %O %A %B %P'. OURS becomes the union of both \
                journals with the rules of 'merge'; on a refusal it is left whole, the reason is printed and \
                the exit status is 1, so git reports a conflict. The base adds nothing: a journal only grows.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The common ancestor's copy (git's %O).")
        var base: String

        @Argument(help: "Our copy, replaced by the merge (git's %A).")
        var ours: String

        @Argument(help: "Their copy (git's %B).")
        var theirs: String

        @Argument(help: "The journal's path in the work tree (git's %P): its replay checkpoint is removed.")
        var path: String?

        @Flag(help: "Groups of the same id are the same groups: the later answer of a cell stands.")
        var sameGroups = false

        /// Git runs the driver from the top of the repository, which need not be a workshop folder:
        /// the current folder is not checked, a root named by `--root` or `$WORKSHOP_ROOT` is.
        mutating func run(io: CommandIO) throws {
            let environment = io.environment
            let root = global.rootSource(environment: environment) == .currentFolder
                ? global.projectRoot(environment: environment) : try global.checkedRoot(environment: environment)
            var context = CommandContext(root: root, atPrompt: false, io: io.styled(global.color))
            try run(in: &context)
        }

        func run(in context: inout CommandContext) throws {
            let report = try Session.mergeFiles(
                ours: ours, theirs: theirs, groups: sameGroups ? .same : .ask, checkpointOf: path,
                checkpoints: context.root.checkpointWriter, by: context.facilitator)
            let name = path ?? ours
            for line in MergeReportText.lines(report, others: ["theirs"], session: name) { context.console.err(line) }
        }
    }
}
