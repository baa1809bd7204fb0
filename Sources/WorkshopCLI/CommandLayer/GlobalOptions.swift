import ArgumentParser
import Foundation
import WorkshopKit

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The workshop folder holding personas/ and sessions/ (default: $WORKSHOP_ROOT, else the current folder).",
        valueName: "dir"))
    var root: String?

    @Option(help: "Colour: auto (a terminal, unless NO_COLOR is set or TERM=dumb), always, or never.")
    var color: Style.Mode?

    @Flag(name: .customLong("no-cache"), help: ArgumentHelp(
        "Replay every journal from its first line, neither reading nor writing the checkpoint kept beside it."))
    var noCache = false

    /// The folder named by `--root`, else `$WORKSHOP_ROOT`, else the current folder.
    func projectRoot(environment: [String: String]) -> ProjectRoot {
        var resolved = ProjectRoot.resolve(option: root, environment: environment)
        resolved.checkpoints = !noCache
        return resolved
    }
}
