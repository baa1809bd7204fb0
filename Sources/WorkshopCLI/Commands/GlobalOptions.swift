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

    mutating func validate() throws {
        if let color { Style.mode = color }
    }

    var projectRoot: ProjectRoot {
        if root == nil, let context = ShellContext.current { return context.root }
        return ProjectRoot.resolve(option: root, environment: ProcessInfo.processInfo.environment)
    }

    /// Loads and checks every file under the root.
    func loadProject() throws -> Project {
        do {
            return try Project.load(root: projectRoot)
        } catch {
            throw CommandFailure(error)
        }
    }
}
