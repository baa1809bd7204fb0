import Foundation
import WorkshopKit

/// A workshop folder that cannot be used, with where it was named: `--root`, `$WORKSHOP_ROOT` or
/// the current folder, so the message says which one to change.
struct RootFailure: Error, Equatable {
    enum Source: Equatable {
        case option, environment, currentFolder
    }

    var source: Source
    var problem: ProjectError
}

extension GlobalOptions {
    /// The root, checked before a command at the shell does anything else: a mistyped `--root`
    /// is named as such, not reported as a session or plan that is not there.
    func checkedRoot(environment: [String: String]) throws(RootFailure) -> ProjectRoot {
        let root = projectRoot(environment: environment)
        do {
            try root.check()
        } catch {
            throw RootFailure(source: rootSource(environment: environment), problem: error)
        }
        return root
    }

    /// Where the root came from, in the order `projectRoot` looks.
    func rootSource(environment: [String: String]) -> RootFailure.Source {
        if root != nil { return .option }
        if let named = environment["WORKSHOP_ROOT"], !named.isEmpty { return .environment }
        return .currentFolder
    }
}
