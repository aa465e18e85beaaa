import Foundation
import PackagePlugin

/// Builds the default theme (`Sources/MarrowKit/Theme/default/`) into MarrowKit as Swift source,
/// so that an installed `marrow` needs no files beside it. Rerun whenever a theme file changes.
/// The citation styles Marrow ships by name, and their English locales, are built in the same
/// way from where Debian's `citation-style-language-styles` and `-locales` install them (`make
/// site` installs both); they are not part of this repository.
@main
struct EmbedDefaultTheme: BuildToolPlugin {
    static let cslRoot = URL(fileURLWithPath: "/usr/share/citation-style-language")
    static let styles = ["american-medical-association.csl", "vancouver.csl", "apa.csl", "chicago-author-date.csl",
                         "harvard-cite-them-right.csl"]
    static let locales = ["locales-en-US.xml", "locales-en-GB.xml"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let tool = try context.tool(named: "marrow-embed-theme").url
        let theme = target.directoryURL.appending(path: "Theme/default")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTheme.swift")
        var commands: [Command] = [.buildCommand(
            displayName: "Embedding the default theme",
            executable: tool,
            arguments: [theme.path, output.path],
            inputFiles: Self.files(under: theme),
            outputFiles: [output])]
        for (name, folder, files) in [("EmbeddedStyles", "styles", Self.styles), ("EmbeddedLocales", "locales", Self.locales)] {
            let source = Self.cslRoot.appending(path: folder)
            let out = context.pluginWorkDirectoryURL.appending(path: name + ".swift")
            let present = files.map { source.appending(path: $0) }.filter { FileManager.default.fileExists(atPath: $0.path) }
            commands.append(.buildCommand(
                displayName: "Embedding the shipped citation \(folder)",
                executable: tool,
                arguments: [source.path, out.path, name] + files,
                inputFiles: present,
                outputFiles: [out]))
        }
        return commands
    }

    static func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
    }
}
