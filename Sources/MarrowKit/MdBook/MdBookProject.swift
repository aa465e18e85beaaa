import Foundation

/// Finds where a project's parts are. A folder with `content/book.yml` is a Marrow book; one with
/// `book.toml` and no `content/book.yml` is an mdBook project, built as it stands: its sources in
/// `[book] src` (`src/` by default) and its site in `[build] build-dir` (`book/` by default).
public enum MdBookProject {
    public static func layout(root: URL, output: URL? = nil) -> ProjectLayout {
        let root = root.standardizedFileURL
        let manager = FileManager.default
        let toml = root.appendingPathComponent("book.toml")
        guard !manager.fileExists(atPath: root.appendingPathComponent("content/book.yml").path),
              manager.fileExists(atPath: toml.path) else {
            return ProjectLayout(root: root, output: output)
        }
        // Folders only: problems in the file are reported when the load stage reads it.
        var folders = BookTomlReader.Folders()
        if let text = try? String(contentsOf: toml, encoding: .utf8) { folders = BookTomlReader.folders(in: text) }
        return ProjectLayout(root: root, content: root.appendingPathComponent(folders.source),
                             output: output ?? root.appendingPathComponent(folders.build), settings: .bookTOML)
    }
}
