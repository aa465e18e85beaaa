import Foundation

/// The theme built into `marrow` (its files live in `Theme/default/` and are compiled in by the
/// EmbedDefaultTheme plugin). A book's own `templates/` folder overrides it file by file.
public enum DefaultTheme {
    /// Every file of the default theme by its path inside the theme folder, in path order.
    public static var files: [(path: String, text: String)] { EmbeddedTheme.files }

    /// The default theme with the book's own files laid over it.
    static func overlaid(with own: [String: Data]) -> Theme {
        var templates: [String: String] = [:]
        var assets: [String: Data] = [:]
        func add(_ path: String, _ data: Data) {
            if path.hasSuffix(".mustache") {
                templates[String(path.dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
            } else {
                assets[path] = data
            }
        }
        for file in files where own[file.path] == nil { add(file.path, Data(file.text.utf8)) }
        for (path, data) in own { add(path, data) }
        return Theme(templates: templates, assets: assets)
    }
}
