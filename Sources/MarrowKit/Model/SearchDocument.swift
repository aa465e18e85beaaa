/// One section of a page as the search index sees it: what a result shows and links to, and
/// the text of each field, weighted differently when ranked.
public struct SearchDocument: Sendable, Hashable {
    /// From the site root: `technique.html#sites`, or the page alone for its opening section.
    public var url: String
    /// "2 Technique".
    public var chapter: String
    /// "2.3 Sites"; nil for the text before the first heading.
    public var section: String?
    /// The chapter title, on the page's opening section only.
    public var titleText: String
    /// The heading that opens the section.
    public var headingText: String
    /// Paragraphs, lists, table cells, callouts, image alt text, footnotes.
    public var bodyText: String
    /// How much the page's matches count against other pages' (front matter `search: boost:`, as in
    /// Material for MkDocs): below 1 for a glossary or a home page that mentions everything.
    public var boost: Double = 1

    public init(url: String, chapter: String, section: String?, titleText: String, headingText: String, bodyText: String) {
        self.url = url
        self.chapter = chapter
        self.section = section
        self.titleText = titleText
        self.headingText = headingText
        self.bodyText = bodyText
    }
}
