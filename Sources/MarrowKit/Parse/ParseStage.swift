import Foundation

/// Parses every chapter, on all cores; diagnostics come back in a stable order.
public struct ParseStage {
    public init() {}

    public func parse(_ sources: [String: ChapterSource], diagnostics: inout [Diagnostic]) -> [String: ParsedChapter] {
        let ordered = sources.keys.sorted().map { sources[$0]! }
        var results = [ParsedChapter?](repeating: nil, count: ordered.count)
        var found = [[Diagnostic]](repeating: [], count: ordered.count)
        let parser = MarkdownParser()
        results.withUnsafeMutableBufferPointer { chapters in
            found.withUnsafeMutableBufferPointer { problems in
                let chapterSlots = chapters, problemSlots = problems
                DispatchQueue.concurrentPerform(iterations: ordered.count) { index in
                    var local: [Diagnostic] = []
                    chapterSlots[index] = ChapterParser(parser: parser).parse(ordered[index], diagnostics: &local)
                    problemSlots[index] = local
                }
            }
        }
        var out: [String: ParsedChapter] = [:]
        for (index, source) in ordered.enumerated() {
            out[source.path] = results[index]
            diagnostics += found[index]
        }
        return out
    }
}
