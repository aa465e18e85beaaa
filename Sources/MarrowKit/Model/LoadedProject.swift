import Foundation

/// Everything the load stage read from disk: the input of the parse stage.
public struct LoadedProject: Sendable {
    public var config: BookConfig
    public var summary: Summary
    /// Chapters by their path under `content/`.
    public var chapters: [String: ChapterSource]
    public var theme: Theme
    public var files: ContentFileIndex
    /// `404.md` when SUMMARY.md does not list it: the text of the page-not-found page, as in mdBook.
    public var notFound: ChapterSource?

    public init(config: BookConfig, summary: Summary, chapters: [String: ChapterSource], theme: Theme, files: ContentFileIndex) {
        self.files = files
        self.config = config
        self.summary = summary
        self.chapters = chapters
        self.theme = theme
    }
}

/// The files of `templates/`: Mustache sources by name and static assets by relative path.
public struct Theme: Sendable {
    public var templates: [String: String]
    public var assets: [String: Data]

    public init(templates: [String: String], assets: [String: Data]) {
        self.templates = templates
        self.assets = assets
    }
}

/// The files under `content/`, so that later stages can check links without touching the disk.
public struct ContentFileIndex: Sendable, Hashable {
    /// Visible files, by path under `content/`.
    public var files: Set<String>
    /// Files that are symbolic links resolving outside `content/`: never read or copied.
    public var escaping: Set<String>

    public init(files: Set<String>, escaping: Set<String> = []) {
        self.files = files
        self.escaping = escaping
    }
}
