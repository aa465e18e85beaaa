/// Raw HTML in a chapter, made safe once at parse time. By default each raw HTML node becomes a
/// sanitised fragment (`RawHTMLSanitizer`) whose ids are link targets; with `raw_html: true` the
/// HTML stays as written (the renderer's tag filter still applies). Comments go in both cases.
struct RawHTMLRewriter {
    let trusted: Bool
    private(set) var anchors: [String] = []
    /// What was removed for safety, and where it was first met.
    private(set) var refused: [String] = []
    private(set) var firstRefusal: SourceRange?
    private var state = RawHTMLSanitizer.State()

    init(trusted: Bool) {
        self.trusted = trusted
    }

    mutating func rewrite(_ document: inout MarkdownNode) {
        document.changeEachChild { visit(&$0) }
    }

    private mutating func visit(_ node: inout MarkdownNode) {
        switch node.kind {
        case .htmlBlock(let html): node.kind = convert(html, block: true, range: node.range)
        case .htmlInline(let html): node.kind = convert(html, block: false, range: node.range)
        case .codeBlock, .code: return
        default:
            node.changeEachChild { child in
                // The text of an inline `<script>...</script>` goes with its tags.
                if !trusted, state.skippingUntil != nil, case .text = child.kind {
                    child.kind = .text("")
                    return
                }
                visit(&child)
            }
        }
    }

    private mutating func convert(_ html: String, block: Bool, range: SourceRange) -> MarkdownNode.Kind {
        if trusted {
            let kept = HTMLTagScanner.scan(html).map { piece -> String in
                switch piece {
                case .ignored(let s): return s.hasPrefix("<!--") ? "" : String(s)  // Comments only: `<!DOCTYPE>` and `<?php` stay.
                case .text(let s): return String(s)
                case .startTag(_, _, _, let source), .endTag(_, let source): return String(source)
                }
            }.joined()
            return block ? .htmlBlock(kept) : .htmlInline(kept)
        }
        let result = RawHTMLSanitizer.sanitize(html, state: &state)
        anchors += result.ids
        if !result.refused.isEmpty {
            if firstRefusal == nil { firstRefusal = range }
            for item in result.refused where !refused.contains(item) { refused.append(item) }
        }
        return .rawHTML(result.fragment, block: block)
    }

    /// One warning a chapter, at the first place, naming every kind of markup shown as text.
    func diagnostics(for source: ChapterSource) -> [Diagnostic] {
        guard let firstRefusal, !refused.isEmpty else { return [] }
        return [.warning("raw-html-removed", "raw HTML removed: \(refused.prefix(6).joined(separator: ", "))"
                            + (refused.count > 6 ? ", ..." : ""), at: source.location(of: firstRefusal))]
    }
}
