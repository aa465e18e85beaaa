import Foundation
import PackagePlugin

/// Builds the default theme (`Sources/MarrowKit/Theme/default/`) into MarrowKit as Swift source,
/// so that an installed `marrow` needs no files beside it. Rerun whenever a theme file changes.
@main
struct EmbedDefaultTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let theme = target.directoryURL.appending(path: "Theme/default")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTheme.swift")
        return [.buildCommand(
            displayName: "Embedding the default theme",
            executable: try context.tool(named: "marrow-embed-theme").url,
            arguments: [theme.path, output.path],
            inputFiles: Self.files(under: theme),
            outputFiles: [output])]
    }

    static func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
    }
}
