/// A chapter's front matter.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var description: String?
    public var authors: [String]
    public var draft: Bool
    /// `bibliography:` files, as written (relative to the chapter's folder), with where they are named.
    public var bibliography: [NamedPath]
    /// `reviewed:` the date the chapter was last reviewed (`2026-11-30`), shown under its title.
    public var reviewed: ReviewDate?
    /// `search: boost:`, how much the chapter's matches weigh in search (1 by default).
    public var searchBoost: Double = 1

    public init(title: String? = nil, description: String? = nil, authors: [String] = [], draft: Bool = false,
                bibliography: [NamedPath] = []) {
        self.title = title
        self.description = description
        self.authors = authors
        self.draft = draft
        self.bibliography = bibliography
    }
}

/// A path written in a file, and where it is written (for diagnostics).
public struct NamedPath: Sendable, Hashable {
    public var path: String
    public var location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }
}

/// A chapter file as loaded: its front matter and Markdown body.
public struct ChapterSource: Sendable, Hashable {
    /// Path relative to `content/`, such as `technique/sites.md`.
    public var path: String
    /// Path relative to the project root, used in diagnostics, such as `content/technique/sites.md`.
    public var displayPath: String
    public var frontMatter: FrontMatter
    public var body: String
    /// Line of the file on which the body starts (1 when there is no front matter).
    public var bodyFirstLine: Int
    /// The chapter's own bibliography files (front matter `bibliography:`), read by the load stage.
    public var bibliographyFiles: [BibliographyFile] = []
    /// When `{{#include}}` directives were expanded: for each line of `body` (from 0), the line of
    /// the body as written (from 1) it stands for.
    public var lineMap: [Int32]?
    /// The page's `<title>` from `{{#title ...}}`, as mdBook sets it.
    public var headTitle: String?
    /// Files the chapter includes, from the book's folder.
    public var includedFiles: [String] = []

    public init(path: String, displayPath: String, frontMatter: FrontMatter, body: String, bodyFirstLine: Int) {
        self.path = path
        self.displayPath = displayPath
        self.frontMatter = frontMatter
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    /// Where a node of the parsed body sits in the file.
    public func location(of range: SourceRange) -> SourceLocation {
        var line = Int(range.startLine)
        if let lineMap, line >= 1, line <= lineMap.count { line = Int(lineMap[line - 1]) }
        return SourceLocation(file: displayPath, line: line + bodyFirstLine - 1, column: range.startColumn)
    }
}
