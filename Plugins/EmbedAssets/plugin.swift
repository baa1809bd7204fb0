import Foundation
import PackagePlugin

/// Compiles the files in a target's `Assets` folders (stylesheets, scripts; the target excludes
/// them from its sources) into the target as string literals, so the binary is one file that needs
/// nothing beside it at run time (no `Bundle.module`): the `embed-assets` tool writes
/// `EmbeddedAssets.swift` whenever one of them changes.
@main
struct EmbedAssets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        // The Swift target's URL: `Target.directoryURL` needs tools 6.1, `Target.directory` is deprecated.
        guard let target = target as? SwiftSourceModuleTarget else { return [] }
        let walk = FileManager.default.enumerator(at: target.directoryURL, includingPropertiesForKeys: nil)
        let files = (walk?.allObjects.compactMap { $0 as? URL } ?? [])
            .filter { $0.deletingLastPathComponent().lastPathComponent == "Assets" && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedAssets.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) assets of \(target.name)",
                executable: try context.tool(named: "embed-assets").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }
}
