/// Recognises citations on a chapter's parsed tree: in runs of text and soft breaks, never in
/// code, links, images or headings. A paragraph that is only a Pandoc `::: {#refs}` div becomes
/// the place of the bibliography.
struct CitationRewriter {
    let source: ChapterSource
    private let scanner = CitationScanner()

    func rewrite(_ document: MarkdownNode) -> MarkdownNode {
        rewriteNode(document)
    }

    static func isRefsMarker(_ node: MarkdownNode) -> Bool {
        guard case .paragraph = node.kind else { return false }
        let words = node.plainText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words == "::: {#refs} :::" || words == "::: {#refs}:::" || words == "::: refs :::"
    }

    private func rewriteNode(_ node: MarkdownNode) -> MarkdownNode {
        switch node.kind {
        case .link, .siteLink, .image, .siteImage, .heading, .code, .codeBlock, .htmlBlock, .htmlInline:
            return node
        default:
            break
        }
        if Self.isRefsMarker(node) { return MarkdownNode(.bibliography(ReferenceList(heading: nil)), range: node.range) }
        var copy = node
        var children: [MarkdownNode] = []
        var run: [MarkdownNode] = []
        for child in node.children {
            switch child.kind {
            case .text, .softBreak:
                run.append(child)
            default:
                children += citations(in: run)
                run = []
                children.append(rewriteNode(child))
            }
        }
        children += citations(in: run)
        copy.children = children
        return copy
    }

    /// A run of text and soft breaks, with its citations turned into nodes.
    private func citations(in run: [MarkdownNode]) -> [MarkdownNode] {
        var joined = ""
        var starts: [(offset: Int, range: SourceRange)] = []
        for node in run {
            switch node.kind {
            case .text(let s):
                starts.append((joined.utf8.count, node.range))
                joined += s
            default:
                joined += "\n"
            }
        }
        guard joined.contains("@"), let firstRange = run.first?.range else { return run }
        var out: [MarkdownNode] = []
        for token in scanner.scan(joined) {
            switch token {
            case .text(let text):
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                for (index, line) in lines.enumerated() {
                    if index > 0 { out.append(MarkdownNode(.softBreak, range: firstRange)) }
                    if !line.isEmpty { out.append(MarkdownNode(.text(String(line)), range: firstRange)) }
                }
            case .citation(var cluster, let offsets):
                for index in cluster.items.indices where index < offsets.count {
                    cluster.items[index].location = location(ofOffset: offsets[index], starts: starts)
                }
                // A superscript number sits against the word it follows.
                if !cluster.isInText, let last = out.last, case .text(let text) = last.kind, text.last == " " {
                    out[out.count - 1].kind = .text(String(text.reversed().drop { $0 == " " }.reversed()))
                }
                out.append(MarkdownNode(.citation(cluster), range: firstRange))
            }
        }
        return out
    }

    private func location(ofOffset offset: Int, starts: [(offset: Int, range: SourceRange)]) -> SourceLocation? {
        guard let start = starts.last(where: { $0.offset <= offset }), start.range.startLine > 0 else { return nil }
        var range = start.range
        range.startColumn += offset - start.offset
        return source.location(of: range)
    }
}
