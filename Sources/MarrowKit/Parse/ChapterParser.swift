import Foundation

/// The parse stage for one chapter: Markdown to tree, then the rewrites every page needs
/// (heading anchors, a leading title, GitHub alerts as callouts, lone images as figures).
public struct ChapterParser {
    private let parser: MarkdownParser
    /// `raw_html: true`: raw HTML stays as written (tag-filtered when rendered) instead of sanitised.
    private let trustRawHTML: Bool

    /// A leading `# Title` becomes the page's title (and leaves the body); off for a fragment.
    private let takesLeadingTitle: Bool

    /// Formulas are found before cmark-gfm reads the text (`MathScanner`).
    private let math: MathScanner

    public init(parser: MarkdownParser? = nil, trustRawHTML: Bool = false, takesLeadingTitle: Bool = true,
                markdown: MarkdownOptions = MarkdownOptions()) {
        self.parser = parser ?? MarkdownParser(smartPunctuation: markdown.smartPunctuation)
        self.trustRawHTML = trustRawHTML
        self.takesLeadingTitle = takesLeadingTitle
        math = MathScanner(dollars: markdown.dollarMath)
    }

    public func parse(_ source: ChapterSource, diagnostics: inout [Diagnostic]) -> ParsedChapter {
        let scanned = math.scan(source.body)
        var (document, cutAt) = parser.parseReportingDepth(scanned?.text ?? source.body)
        if let scanned { MathNodes(formulas: scanned.formulas).restore(&document) }
        if let cutAt {
            diagnostics.append(.error("nesting-too-deep", "blocks nested more than \(MarkdownParser.maximumDepth) levels deep",
                                      at: source.location(of: cutAt)))
        }
        var bodyTitle: String?
        if takesLeadingTitle, let first = document.children.first, case .heading(level: 1, _, _) = first.kind {
            bodyTitle = HeadingAnchors.strippingExplicitID(first).node.plainText.trimmingCharacters(in: .whitespaces)
            document.children.removeFirst()
        }
        var anchors = HeadingAnchors(source: source)
        anchors.assign(in: &document, diagnostics: &diagnostics)
        var rawHTML = RawHTMLRewriter(trusted: trustRawHTML)
        rawHTML.rewrite(&document)
        diagnostics += rawHTML.diagnostics(for: source)
        var quizzes = QuizRewriter(source: source)
        quizzes.rewrite(&document)
        diagnostics += quizzes.diagnostics
        CalloutRewriter().rewrite(&document)
        DefinitionListRewriter().rewrite(&document)
        FigureRewriter().rewrite(&document)
        TableCaptionRewriter().rewrite(&document)
        CrossReferenceRewriter().rewrite(&document)
        var chapter = ParsedChapter(source: source, document: document, bodyTitle: bodyTitle, headings: anchors.headings)
        chapter.htmlAnchors = rawHTML.anchors + DefinitionListRewriter.anchors(in: document)
        return chapter
    }
}
