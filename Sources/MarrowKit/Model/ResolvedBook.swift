/// One entry of the book's table of contents, in reading order.
public struct TOCEntry: Sendable, Hashable, Codable {
    /// Chapter title.
    public var title: String
    /// "1.2", or nil for unnumbered chapters.
    public var number: String?
    /// Output path from the site root; nil for a draft.
    public var path: String?
    /// 0 for top-level chapters, 1 for their sub-chapters, ...
    public var depth: Int
    /// The part this entry opens, when it is the first of a part with a title.
    public var partTitle: String?
    /// The first of the chapters after the parts (SUMMARY.md's suffix): it closes the last part.
    public var closesParts = false

    public init(title: String, number: String?, path: String?, depth: Int, partTitle: String?) {
        self.title = title
        self.number = number
        self.path = path
        self.depth = depth
        self.partTitle = partTitle
    }
}

/// A chapter page ready to render.
public struct ResolvedPage: Sendable {
    public var chapter: ParsedChapter
    public var title: String
    public var number: String?
    /// Path of the page from the site root, such as `technique/sites.html`.
    public var outputPath: String
    public var partTitle: String?
    /// Enclosing chapters, outermost first (for breadcrumbs).
    public var ancestors: [TOCEntry]
    /// Index into the book's TOC.
    public var tocIndex: Int
    /// Places in other chapters that link here, in reading order.
    public var linkedFrom: [Backlink] = []
    /// Up to three related chapters, most related first.
    public var readNext: [Int] = []

    public init(chapter: ParsedChapter, title: String, number: String?, outputPath: String, partTitle: String?,
                ancestors: [TOCEntry], tocIndex: Int) {
        self.chapter = chapter
        self.title = title
        self.number = number
        self.outputPath = outputPath
        self.partTitle = partTitle
        self.ancestors = ancestors
        self.tocIndex = tocIndex
    }
}

/// The output of the resolve stage: pages in reading order with links resolved, and the files to copy.
public struct ResolvedBook: Sendable {
    public var config: BookConfig
    public var pages: [ResolvedPage]
    public var toc: [TOCEntry]
    /// Content files (images, downloads) that pages link to, by path under `content/`.
    public var assets: [String]
    /// The book's own page-not-found text (`404.md`), parsed.
    public var notFound: ParsedChapter?
    /// Previews of the targets links may lead to across pages, by `path#anchor` (`LinkPreviews`).
    public var linkPreviews: [String: String] = [:]

    public init(config: BookConfig, pages: [ResolvedPage], toc: [TOCEntry], assets: [String]) {
        self.config = config
        self.pages = pages
        self.toc = toc
        self.assets = assets
    }
}

/// A place that links to a page: the linking page and the section the link stands in.
public struct Backlink: Sendable, Hashable {
    public var path: String
    public var fragment: String?
    public var title: String

    public init(path: String, fragment: String?, title: String) {
        self.path = path
        self.fragment = fragment
        self.title = title
    }
}
