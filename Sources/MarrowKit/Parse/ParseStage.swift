import Foundation

/// Parses every chapter, on all cores; diagnostics come back in a stable order.
public struct ParseStage {
    let trustRawHTML: Bool
    let markdown: MarkdownOptions

    public init(trustRawHTML: Bool = false, markdown: MarkdownOptions = MarkdownOptions()) {
        self.trustRawHTML = trustRawHTML
        self.markdown = markdown
    }

    public func parse(_ sources: [String: ChapterSource], diagnostics: inout [Diagnostic]) -> [String: ParsedChapter] {
        let ordered = sources.keys.sorted().map { sources[$0]! }
        let parser = MarkdownParser(smartPunctuation: markdown.smartPunctuation)
        let parsed = Parallel.map(Array(ordered.indices)) { index -> (chapter: ParsedChapter, diagnostics: [Diagnostic]) in
            var local: [Diagnostic] = []
            return (ChapterParser(parser: parser, trustRawHTML: trustRawHTML, markdown: markdown).parse(ordered[index], diagnostics: &local), local)
        }
        var out: [String: ParsedChapter] = [:]
        for (source, result) in zip(ordered, parsed) {
            out[source.path] = result.chapter
            diagnostics += result.diagnostics
        }
        return out
    }
}
