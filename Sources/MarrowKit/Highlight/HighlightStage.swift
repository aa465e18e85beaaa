/// Highlights the code blocks of parsed chapters (after the parse stage, before resolving): every
/// block whose info string names a language goes to Pygments in one batch, as the reader will see
/// it (hidden lines taken out of their `# ` prefix), and comes back as a highlighted block.
public struct HighlightStage {
    /// Info strings that mean plain text: not worth a lexer.
    static let plain: Set<String> = ["", "text", "txt", "plain", "plaintext", "none", "output"]
    let highlighter: PygmentsHighlighter

    public init(highlighter: PygmentsHighlighter) {
        self.highlighter = highlighter
    }

    public func apply(to chapters: inout [String: ParsedChapter], diagnostics: inout [Diagnostic]) {
        var requests: [PygmentsHighlighter.Request] = []
        for path in chapters.keys.sorted() { collect(chapters[path]!.document, into: &requests) }
        guard !requests.isEmpty else { return }
        _ = highlighter.tokens(for: requests)  // One batch; the walk below reads the cache.
        if highlighter.unavailable {
            diagnostics.append(Diagnostic(.note, "highlight-unavailable",
                                          "code blocks are not highlighted: python3 with Pygments is missing (Debian: python3-pygments)", at: nil))
            return
        }
        for path in chapters.keys.sorted() { rewrite(&chapters[path]!.document) }
    }

    /// One chapter again (a save while serving): its blocks, from the cache where they were lexed before.
    public func apply(to chapter: inout ParsedChapter) {
        var requests: [PygmentsHighlighter.Request] = []
        collect(chapter.document, into: &requests)
        guard !requests.isEmpty else { return }
        _ = highlighter.tokens(for: requests)
        if !highlighter.unavailable { rewrite(&chapter.document) }
    }

    private func request(info: String, literal: String) -> PygmentsHighlighter.Request? {
        let block = CodeBlockHTML.Block(info: info, literal: literal)
        guard !Self.plain.contains(block.language.lowercased()) else { return nil }
        return PygmentsHighlighter.Request(language: block.language.lowercased(), code: block.shownText)
    }

    private func collect(_ document: MarkdownNode, into requests: inout [PygmentsHighlighter.Request]) {
        document.forEach { node in
            if case .codeBlock(let info, let literal) = node.pointee.kind, let request = request(info: info, literal: literal) {
                requests.append(request)
            }
        }
    }

    private func rewrite(_ node: inout MarkdownNode) {
        if case .codeBlock(let info, let literal) = node.kind {
            if let request = request(info: info, literal: literal), let tokens = highlighter.tokens(for: [request]).first ?? nil {
                node.kind = .highlightedCodeBlock(info: info, literal: literal, tokens: tokens)
            }
            return
        }
        node.changeEachChild { rewrite(&$0) }
    }
}
