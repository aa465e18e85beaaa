/// Typed view models handed to the Mustache templates. Strings ending in `HTML` are already
/// escaped markup and are written with triple braces; every other string is escaped by Mustache.
public struct SiteView: Sendable {
    public var title: String
    public var subtitle: String?
    public var language: String
    public var license: String?
    public var authors: String?
    /// The site has `print.html`, the whole book on one page.
    public var hasPrintPage: Bool
    /// The book's source repository, linked from the header.
    public var repositoryLink: String?
    /// The book's own style sheets and scripts, as paths from the site root.
    public var stylesheets: [String] = []
    public var scripts: [String] = []
    /// The book as a PDF (`pdf:` in book.yml), as a path from the site root.
    public var pdfPath: String?
}

public struct LinkView: Sendable {
    /// Relative URL from the current page; empty when the entry has no page.
    public var url: String
    public var hasURL: Bool
    /// Number and title, such as "2.1 Sites".
    public var label: String

    public init(url: String?, title: String, number: String?) {
        self.url = url ?? ""
        hasURL = url != nil
        label = number.map { "\($0) \(title)" } ?? title
    }
}

public struct HeadingLinkView: Sendable {
    public var anchor: String
    public var title: String
    /// 2 or 3: nested sections are indented.
    public var level: Int
    public var isSubsection: Bool
}

public struct PageView: Sendable {
    public var site: SiteView
    /// From this page back to the site root, such as `../`; empty at the root.
    public var root: String
    /// This page's path from the site root, used by the script that marks the current chapter.
    public var pagePath: String
    public var headTitle: String
    public var description: String
    public var title: String
    public var number: String?
    public var authors: String?
    /// When the chapter was last reviewed (front matter `reviewed:`): `2026-11-30` and `30 November 2026`.
    public var reviewedISO: String?
    public var reviewedText: String?
    public var contentHTML: String
    public var onThisPage: [HeadingLinkView]
    public var hasOnThisPage: Bool
    public var breadcrumbs: [LinkView]
    public var previous: LinkView?
    public var next: LinkView?
    public var editURL: String?
    public var linkedFrom: [LinkView]
    public var hasLinkedFrom: Bool
    public var readNext: [LinkView]
    public var hasReadNext: Bool
}

public struct ContentsEntryView: Sendable {
    public var url: String?
    public var title: String
    public var number: String?
    public var depth: Int
    public var partTitle: String?
    public var isDraft: Bool
}

public struct ContentsView: Sendable {
    public var site: SiteView
    public var root: String
    public var pagePath: String
    public var headTitle: String
    public var description: String
    public var entries: [ContentsEntryView]
}

public struct NotFoundView: Sendable {
    public var site: SiteView
    public var root: String
    public var pagePath: String
    public var headTitle: String
    public var description: String
    /// The book's own text for the page (`404.md`), when it has one, and its title.
    public var title: String = "Page not found"
    public var contentHTML: String?
}

/// One chapter on the whole-book print page.
public struct PrintChapterView: Sendable {
    /// The chapter's section id, such as `ch3`; its own ids start with `ch3-`.
    public var anchor: String
    public var title: String
    public var number: String?
    public var authors: String?
    /// The part this chapter opens, printed above its title.
    public var partTitle: String?
    /// 0 for top-level chapters, for the contents list.
    public var depth: Int
    public var contentHTML: String
}

/// `print.html`: every chapter in reading order on one page.
public struct PrintView: Sendable {
    public var site: SiteView
    public var root: String
    public var pagePath: String
    public var headTitle: String
    public var description: String
    public var chapters: [PrintChapterView]
}

/// `search.html`: the results of `?q=...`, drawn by `assets/search.js`.
public struct SearchPageView: Sendable {
    public var site: SiteView
    public var root: String
    public var pagePath: String
    public var headTitle: String
    public var description: String
}
