import Foundation

/// Reads the theme: the built-in default theme, with each file of the book's `templates/` folder
/// (when there is one) in place of the default file of the same path. `*.mustache` files become
/// templates named by their path without the extension; every other file is an asset copied to
/// the site under `assets/`.
struct ThemeLoader {
    let layout: ProjectLayout

    func load() throws -> Theme {
        var own: [String: Data] = [:]
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: layout.templates.path, isDirectory: &isFolder), isFolder.boolValue {
            for path in try ContentFiles(root: layout.templates).list() {
                own[path] = try Data(contentsOf: layout.templates.appendingPathComponent(path))
            }
        }
        return DefaultTheme.overlaid(with: own)
    }
}
