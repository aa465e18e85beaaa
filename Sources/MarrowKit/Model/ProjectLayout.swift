import Foundation

/// Where a project's folders are. Paths are absolute and standardised.
public struct ProjectLayout: Sendable, Hashable {
    public var root: URL
    public var content: URL
    public var templates: URL
    public var output: URL
    /// Where the book's settings are: `content/book.yml`, or an mdBook project's `book.toml`.
    public var settings: SettingsFile

    public enum SettingsFile: Sendable, Hashable {
        case bookYML
        /// `book.toml` at the root; `content` is its `[book] src`, `output` its `[build] build-dir`.
        case bookTOML
    }

    public init(root: URL, content: URL? = nil, templates: URL? = nil, output: URL? = nil, settings: SettingsFile = .bookYML) {
        let root = root.standardizedFileURL
        self.root = root
        self.settings = settings
        self.content = (content ?? root.appendingPathComponent("content")).standardizedFileURL
        self.templates = (templates ?? root.appendingPathComponent("templates")).standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("public")).standardizedFileURL
    }

    /// A path for diagnostics: relative to the root when inside it.
    public func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path
    }

    public func displayPath(content relativePath: String) -> String {
        displayPath(content.appendingPathComponent(relativePath))
    }
}
