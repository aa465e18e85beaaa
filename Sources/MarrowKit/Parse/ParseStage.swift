import Foundation

/// Parses every chapter, on all cores; diagnostics come back in a stable order.
public struct ParseStage {
    let trustRawHTML: Bool

    public init(trustRawHTML: Bool = false) {
        self.trustRawHTML = trustRawHTML
    }

    public func parse(_ sources: [String: ChapterSource], diagnostics: inout [Diagnostic]) -> [String: ParsedChapter] {
        let ordered = sources.keys.sorted().map { sources[$0]! }
        let parser = MarkdownParser()
        let parsed = Parallel.map(Array(ordered.indices)) { index -> (chapter: ParsedChapter, diagnostics: [Diagnostic]) in
            var local: [Diagnostic] = []
            return (ChapterParser(parser: parser, trustRawHTML: trustRawHTML).parse(ordered[index], diagnostics: &local), local)
        }
        var out: [String: ParsedChapter] = [:]
        for (source, result) in zip(ordered, parsed) {
            out[source.path] = result.chapter
            diagnostics += result.diagnostics
        }
        return out
    }
}
