/// The book's order, as written in `SUMMARY.md`.
public struct Summary: Sendable, Hashable {
    public var prefix: [SummaryLink]
    public var parts: [SummaryPart]
    public var suffix: [SummaryLink]

    public init(prefix: [SummaryLink] = [], parts: [SummaryPart] = [], suffix: [SummaryLink] = []) {
        self.prefix = prefix
        self.parts = parts
        self.suffix = suffix
    }
}

/// A group of numbered chapters, under a `# Part` heading or (for the first group) none.
public struct SummaryPart: Sendable, Hashable {
    public var title: String?
    public var chapters: [SummaryLink]

    public init(title: String?, chapters: [SummaryLink]) {
        self.title = title
        self.chapters = chapters
    }
}

/// One `[Title](path.md)` entry; `path` is nil for a draft written `[Title]()`.
public struct SummaryLink: Sendable, Hashable {
    public var title: String
    /// Path relative to `content/`, normalised.
    public var path: String?
    public var location: SourceLocation
    public var children: [SummaryLink]

    public init(title: String, path: String?, location: SourceLocation, children: [SummaryLink] = []) {
        self.title = title
        self.path = path
        self.location = location
        self.children = children
    }
}
