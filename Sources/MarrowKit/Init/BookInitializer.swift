import Foundation

/// `marrow init`: writes a new book into a folder, never replacing a file that is already there.
public struct BookInitializer {
    public struct Result: Sendable {
        /// Files written, relative to the folder.
        public var written: [String] = []
        /// Files left as they were because something was already at their path.
        public var kept: [String] = []
    }

    public let folder: URL
    /// Also write the default theme into `templates/`, to edit.
    public let withTheme: Bool

    public init(folder: URL, withTheme: Bool = false) {
        self.folder = folder.standardizedFileURL
        self.withTheme = withTheme
    }

    public func run() throws -> Result {
        let title = folder.lastPathComponent.isEmpty ? "My Book" : folder.lastPathComponent
        var files = BookScaffold.files(title: title)
        if withTheme { files += DefaultTheme.files.map { ("templates/" + $0.path, $0.text) } }
        var result = Result()
        let manager = FileManager.default
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            if manager.fileExists(atPath: url.path) || (try? manager.destinationOfSymbolicLink(atPath: url.path)) != nil {
                result.kept.append(path)
                continue
            }
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // withoutOverwriting: a file that appears in the meantime is still not replaced.
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            result.written.append(path)
        }
        return result
    }
}
