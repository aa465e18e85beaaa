/// The settings of `content/book.yml`.
public struct BookConfig: Sendable, Hashable {
    /// Whether numeric citations run through the whole book or restart in each chapter.
    public enum CitationNumbering: String, Sendable, Hashable, CaseIterable {
        case book
        case chapter
    }

    public var title: String
    public var subtitle: String?
    public var authors: [String]
    public var language: String
    public var description: String?
    public var license: String?
    /// Repository address; "Edit this page" links point into it.
    public var repository: String?
    /// Overrides the edit link; `{path}` is replaced by the chapter's path under `content/`.
    public var editURLTemplate: String?
    public var bibliography: [String]
    /// `citation_style`: a style's name, resolved by `StyleCatalog` ("ama" unless set).
    public var citationStyle: String
    /// Where `citation_style` is set, for its diagnostics.
    public var citationStyleLocation: SourceLocation?
    /// `csl`: a CSL style file under `content/`, which wins over `citation_style`.
    public var csl: NamedPath?
    public var citationNumbering: CitationNumbering
    /// Warn about bibliography entries that no chapter cites (`warn_uncited` in book.yml).
    public var warnUncited: Bool = true
    /// Write `print.html`, every chapter on one page (`print_page` in book.yml). Off by default: it
    /// repeats the whole book, which a book of thousands of chapters does not want.
    public var printPage: Bool = false
    /// Chapter numbers (1, 1.1, ...) from SUMMARY.md.
    public var numbering: Bool
    /// Raw HTML in Markdown is passed through (tag-filtered) instead of escaped.
    public var allowRawHTML: Bool
    /// A link to the book's source repository in the header (mdBook's `git-repository-url`).
    public var repositoryLink: String?
    /// Style sheets and scripts of the book's own, added to every page after the theme's: paths
    /// of theme assets (mdBook's `additional-css` and `additional-js`).
    public var extraStylesheets: [String] = []
    public var extraScripts: [String] = []
    /// Pages that send the reader on to another address: (page path in the site, target URL), in
    /// path order (mdBook's `[output.html.redirect]`).
    public var redirects: [Redirect] = []

    public struct Redirect: Sendable, Hashable {
        public var page: String
        public var target: String
    }

    /// `search: synonyms:` groups of words and phrases a search treats as one (IO, intraosseous).
    public var searchSynonyms: [[String]] = []
    /// `identifier`: the book's identifier in its packages (EPUB, SCORM), such as an ISBN or a URL;
    /// one is made from the title and authors when it is not given.
    public var identifier: String?
    /// `packages`: the packages `make site` writes beside the site (`epub`, `scorm-1.2`, `scorm-2004`).
    public var packages: [String] = []
    /// `mastery_score` (0 to 100): the quiz score a SCORM package reports as passed.
    public var masteryScore: Int?
    /// `pdf`: the book as a PDF, a file under `content/`, linked from every page for download.
    public var pdf: NamedPath?
    /// `smart_punctuation` (default on) and `$` math (off for mdBook books, which have only `\\(`).
    public var markdown = MarkdownOptions()

    public init(
        title: String = "Untitled", subtitle: String? = nil, authors: [String] = [], language: String = "en",
        description: String? = nil, license: String? = nil, repository: String? = nil,
        editURLTemplate: String? = nil, bibliography: [String] = [], citationStyle: String = "ama",
        citationNumbering: CitationNumbering = .book, numbering: Bool = true, allowRawHTML: Bool = false
    ) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.language = language
        self.description = description
        self.license = license
        self.repository = repository
        self.editURLTemplate = editURLTemplate
        self.bibliography = bibliography
        self.citationStyle = citationStyle
        self.citationNumbering = citationNumbering
        self.numbering = numbering
        self.allowRawHTML = allowRawHTML
    }
}
