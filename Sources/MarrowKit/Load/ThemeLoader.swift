import Foundation

/// Reads `templates/`: `*.mustache` files become templates named by their path without the
/// extension; every other file is an asset copied to the site under `assets/`.
struct ThemeLoader {
    let layout: ProjectLayout

    func load() throws -> Theme {
        var templates: [String: String] = [:]
        var assets: [String: Data] = [:]
        for path in try ContentFiles(root: layout.templates).list() {
            let url = layout.templates.appendingPathComponent(path)
            if path.hasSuffix(".mustache") {
                templates[String(path.dropLast(".mustache".count))] = try String(contentsOf: url, encoding: .utf8)
            } else {
                assets[path] = try Data(contentsOf: url)
            }
        }
        return Theme(templates: templates, assets: assets)
    }
}
