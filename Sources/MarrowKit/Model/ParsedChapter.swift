/// A heading of a chapter, with the anchor it gets on the page.
public struct HeadingInfo: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var anchor: String
    public var location: SourceLocation
    /// "2.3" for sections of numbered chapters, set by the resolve stage.
    public var number: String?

    public init(level: Int, text: String, anchor: String, location: SourceLocation, number: String? = nil) {
        self.number = number
        self.level = level
        self.text = text
        self.anchor = anchor
        self.location = location
    }
}

/// The output of the parse stage for one chapter.
public struct ParsedChapter: Sendable {
    public var source: ChapterSource
    /// The body tree, with heading anchors, callouts and figures in place; a leading `# Title` removed.
    public var document: MarkdownNode
    /// The leading `# Title` of the body, if there was one.
    public var bodyTitle: String?
    public var headings: [HeadingInfo]
    /// Ids given in the chapter's raw HTML (`<a id="old-name">`): link targets besides the headings.
    public var htmlAnchors: [String] = []

    public init(source: ChapterSource, document: MarkdownNode, bodyTitle: String?, headings: [HeadingInfo]) {
        self.source = source
        self.document = document
        self.bodyTitle = bodyTitle
        self.headings = headings
    }

    /// Every anchor a link may target on this page.
    public var anchors: Set<String> { Set(headings.map(\.anchor)).union(htmlAnchors) }
}
