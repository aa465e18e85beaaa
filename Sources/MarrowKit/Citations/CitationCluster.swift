/// One cited work inside a citation: `[see @key, p. 33]` has prefix "see", key and locator "p. 33".
public struct CitationItem: Sendable, Hashable {
    public var key: String
    public var prefix: String
    public var locator: String
    /// `[-@key]`: the author's name is not printed.
    public var suppressAuthor: Bool
    public var location: SourceLocation?

    public init(key: String, prefix: String = "", locator: String = "", suppressAuthor: Bool = false, location: SourceLocation? = nil) {
        self.key = key
        self.prefix = prefix
        self.locator = locator
        self.suppressAuthor = suppressAuthor
        self.location = location
    }
}

/// A citation as written in the text (`[@a; @b]`, or in-text `@a`), and, once numbered, what
/// the page shows for it.
public struct CitationCluster: Sendable, Hashable {
    /// A piece of the formatted citation: HTML as the style writes it, or a cite's own text
    /// (HTML) that links to its entry.
    public enum Mark: Sendable, Hashable {
        case html(String)
        case link(key: String, html: String)
    }

    public var items: [CitationItem]
    /// `@key` written in the sentence: the authors are named before the number.
    public var isInText: Bool
    /// The source text, shown as it is if the citation cannot be resolved.
    public var source: String
    /// The space before a bracketed citation was taken off to set the number against the word;
    /// it comes back if the citation turns out to be prose.
    public var tookSpaceBefore = false

    // Filled in by the citation stage.
    /// The element id, for links back from the bibliography.
    public var anchor = ""
    public var marks: [Mark] = []
    /// Page (from the site root) holding the entries the numbers link to.
    public var targetPage = ""

    public init(items: [CitationItem], isInText: Bool, source: String) {
        self.items = items
        self.isInText = isInText
        self.source = source
    }
}

/// A list of references: a chapter's own, or the whole book's on the bibliography page.
public struct ReferenceList: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var number: Int
        public var key: String
        public var html: String
        public var pmid: String?
        /// Every place that cites the entry: page path from the site root and citation anchor.
        public var citedAt: [CitedPlace]
    }

    public struct CitedPlace: Sendable, Hashable {
        public var page: String
        public var anchor: String
        /// The citing page's title and the heading of the section the citation stands in ("" before
        /// the first heading), for backlinks that say where they lead.
        public var pageTitle = ""
        public var section = ""
    }

    /// A heading above the list, for a chapter's references; nil on the bibliography page.
    public var heading: String?
    /// The heading's id, unique among the page's headings.
    public var anchor = "references"
    public var entries: [Entry]
    /// A numeric style's numbered list; otherwise in the style's order without numbers.
    public var numbered: Bool

    public init(heading: String?, entries: [Entry] = [], numbered: Bool = true) {
        self.heading = heading
        self.entries = entries
        self.numbered = numbered
    }
}
