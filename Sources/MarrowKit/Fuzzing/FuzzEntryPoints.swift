import Foundation

/// Entry points for the libFuzzer targets in `Fuzz/` (`make fuzz`): each takes raw bytes as a
/// contributor could put them in a file and runs them through the same readers a build uses,
/// from UTF-8 decoding on. They return the number of diagnostics so that the work is not optimised away.
public enum FuzzEntryPoints {
    /// `references.bib` (or `.json` when `json` is true), then every entry formatted in AMA and APA.
    public static func bibliography(_ data: Data, json: Bool = false) -> Int {
        guard let text = decoded(data, as: json ? "content/refs.json" : "content/refs.bib") else { return 0 }
        var diagnostics: [Diagnostic] = []
        let path = json ? "refs.json" : "refs.bib"
        let bibliography = Bibliography(files: [BibliographyFile(path: path, displayPath: "content/" + path, text: text)],
                                        diagnostics: &diagnostics)
        let items = bibliography.keys.compactMap { bibliography.entries[$0]?.item }
        let numbers = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.id, $0 + 1) })
        for name in ["ama", "apa"] {
            guard let style = fuzzStyle(name) else { continue }
            _ = style.processor.bibliography(items, numbers: numbers)
        }
        return diagnostics.count + bibliography.keys.count
    }

    /// A chapter file's front matter, then the same bytes as `book.yml`.
    public static func yaml(_ data: Data) -> Int {
        guard let text = decoded(data, as: "content/one.md") else { return 0 }
        var diagnostics: [Diagnostic] = []
        _ = FrontMatterParser().split(text, path: "one.md", displayPath: "content/one.md", diagnostics: &diagnostics)
        _ = BookConfigLoader().parse(text, file: "content/book.yml", diagnostics: &diagnostics)
        return diagnostics.count
    }

    /// `SUMMARY.md`.
    public static func summary(_ data: Data) -> Int {
        guard let text = decoded(data, as: "content/SUMMARY.md") else { return 0 }
        var diagnostics: [Diagnostic] = []
        let summary = SummaryParser().parse(text, file: "content/SUMMARY.md", diagnostics: &diagnostics)
        return diagnostics.count + summary.parts.count
    }

    /// A one-chapter book whose text is the input, through parse, resolve and the citation stage
    /// against a small fixed bibliography (keys `a`, `b`, `smith2020`).
    public static func citations(_ data: Data) -> Int {
        guard let text = decoded(data, as: "content/one.md") else { return 0 }
        var diagnostics: [Diagnostic] = []
        let source = ChapterSource(path: "one.md", displayPath: "content/one.md", frontMatter: FrontMatter(title: "One"),
                                   body: text, bodyFirstLine: 1)
        let chapter = ChapterParser().parse(source, diagnostics: &diagnostics)
        let location = SourceLocation(file: "content/SUMMARY.md", line: 1, column: 1)
        let summary = Summary(prefix: [SummaryLink(title: "One", path: "one.md", location: location)])
        var book = BookResolver().resolve(config: BookConfig(), summary: summary, chapters: ["one.md": chapter],
                                          files: ContentFileIndex(files: ["one.md"]), diagnostics: &diagnostics)
        let bib = Bibliography(files: [BibliographyFile(path: "refs.bib", displayPath: "content/refs.bib", text: fixedBibliography)],
                               diagnostics: &diagnostics)
        CitationStage(bibliography: bib, style: fuzzStyle("ama")).apply(to: &book, diagnostics: &diagnostics)
        return diagnostics.count + book.pages.count
    }

    /// A shipped style by name (nil when this marrow was built without them).
    private static func fuzzStyle(_ name: String) -> ReferenceStyle? {
        guard let xml = StyleCatalog.styleText(name), let style = try? CSLStyle(xml: xml) else { return nil }
        return ReferenceStyle(name: name, style: style, xml: xml, language: "en")
    }

    private static let fixedBibliography = """
        @article{a, author={Alpha, A. and Beta, B.}, title={First}, journal={J}, year={2001}, pages={1--9}}
        @book{b, author={{World Health Organization}}, title={Second}, publisher={WHO}, year={2010}}
        @article{smith2020, author={Smith, J.}, title={Third}, journal={K}, year={2020}, volume={3}}
        """

    private static func decoded(_ data: Data, as displayPath: String) -> String? {
        if case .text(let text) = SourceReader().decode(data, displayPath: displayPath) { return text }
        return nil
    }
}
