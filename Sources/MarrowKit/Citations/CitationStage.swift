import Foundation

/// The citation stage, between resolve and render: recognises citations on every page, checks
/// keys against the book's bibliography and the page's own (front matter `bibliography:`),
/// numbers them (numeric styles: in order of first citation, book-wide or per chapter, unless the
/// style sorts its list), formats each citation and reference with the book's CSL style, ends
/// each citing chapter with its References, and
/// puts the whole list where the bibliography page has `::: {#refs}` (or at the end of `bibliography.md`).
/// Each step also works on one page, so that `marrow serve` redoes only the pages an edit touches.
public struct CitationStage {
    public static let bibliographyPage = "bibliography.md"
    let bibliography: Bibliography
    /// The book's style; nil when none could be loaded (the loader said why, or none is installed).
    let style: ReferenceStyle?

    public init(bibliography: Bibliography, style: ReferenceStyle?) {
        self.bibliography = bibliography
        self.style = style
    }

    public func apply(to book: inout ResolvedBook, diagnostics: inout [Diagnostic]) {
        let superscript = style?.isSuperscript ?? true
        // Recognition is independent per page, so both cores share it; numbering below is in order.
        // Each page's tree is replaced in place, so the old one is let go at once. The Markdown text
        // was kept for this alone (citation columns): pages are rendered from their trees, so it
        // goes here, before the filled citations add to the trees.
        Parallel.update(&book.pages) { _, page in
            Self.recognise(&page, superscript: superscript)
            page.chapter.source.body = ""
        }
        let (bibliography, visible) = withChapterBibliographies(book.pages, diagnostics: &diagnostics)
        var firstCited: [String: Int] = [:]
        let checked = book.pages.withUnsafeBufferPointer { pages in
            Parallel.map(Array(pages.indices)) { index -> ([String], [Diagnostic]) in
                var found: [Diagnostic] = []
                return (Self.check(pages[index].chapter.document, visible: visible[index], diagnostics: &found), found)
            }
        }
        for (keys, found) in checked {
            Self.number(keys, into: &firstCited)
            diagnostics += found
        }
        guard let style else {
            diagnostics += Self.missingStyle(book.pages, cited: firstCited, config: book.config)
            return
        }
        let numbering = CitationNumbering(pages: book.pages, config: book.config, style: style, bibliography: bibliography, firstCited: firstCited)
        // Filling is independent per page once numbers are known: both cores, each tree filled in
        // place, places merged in reading order.
        let bibliographyPath = numbering.bibliographyIndex.map { book.pages[$0].outputPath }
        let places = Parallel.update(&book.pages) { index, page in
            numbering.fill(&page, at: index, bibliographyPath: bibliographyPath)
        }
        var citedAt: [String: [ReferenceList.CitedPlace]] = [:]
        for page in places {
            for (key, places) in page { citedAt[key, default: []] += places }
        }
        numbering.completeBibliographyPage(&book.pages, citedAt: citedAt)
        diagnostics += numbering.unusedWarnings(warnUncited: book.config.warnUncited)
    }

    /// One page's citations recognised in its resolved tree; superscript citations attach to the word before.
    static func recognise(_ page: inout ResolvedPage, superscript: Bool) {
        CitationRewriter(source: page.chapter.source, attachesToWord: superscript).rewrite(&page.chapter.document)
    }

    /// The error when pages cite and the default style is not there, at the first citation (a
    /// style the book names that cannot be had is the style loader's error already).
    static func missingStyle(_ pages: [ResolvedPage], cited: [String: Int], config: BookConfig) -> [Diagnostic] {
        guard config.csl == nil, config.citationStyleLocation == nil, let first = cited.min(by: { $0.value < $1.value })?.key else { return [] }
        for page in pages {
            var location: SourceLocation?
            page.chapter.document.forEach { node in
                if location == nil, case .citation(let cluster) = node.pointee.kind, let item = cluster.items.first(where: { $0.key == first }) {
                    location = item.location ?? SourceLocation(file: page.chapter.source.displayPath, line: 1, column: 1)
                }
            }
            if let location {
                return [.error("citation-style-missing", "no citation style to format citations with: this marrow was built without "
                               + "citation-style-language-styles and none is installed; install it, or set 'csl:' in book.yml", at: location)]
            }
        }
        return []
    }

    /// The book's bibliography with every chapter's own files added (each file read once), and
    /// the keys each page may cite.
    func withChapterBibliographies(_ pages: [ResolvedPage], diagnostics: inout [Diagnostic]) -> (Bibliography, [Set<String>]) {
        var all = bibliography
        var keysByFile: [String: [String]] = [:]
        let bookKeys = Set(bibliography.keys)
        let visible = pages.map { page -> Set<String> in
            var keys = bookKeys
            for file in page.chapter.source.bibliographyFiles {
                if keysByFile[file.path] == nil {
                    let entries = Bibliography.read(file, diagnostics: &diagnostics)
                    for entry in entries { all.add(entry, diagnostics: &diagnostics) }
                    keysByFile[file.path] = entries.map(\.key)
                }
                keys.formUnion(keysByFile[file.path]!)
            }
            return keys
        }
        return (all, visible)
    }

    /// The known keys one page cites, in order of first citation; unknown keys reported where they are cited.
    static func check(_ document: MarkdownNode, visible keys: Set<String>, diagnostics: inout [Diagnostic]) -> [String] {
        var seen = Set<String>()
        var ordered: [String] = []
        // A page with no bibliography to cite from has no citations: `[@name]` there is prose.
        guard !keys.isEmpty else { return [] }
        document.forEach { node in
            guard case .citation(let cluster) = node.pointee.kind else { return }
            // `@name` in a sentence that names no entry is prose (`Hi @someone`, `@Override`): it
            // stays text, with a warning only when it is one edit from a key (a likely typo).
            if cluster.isInText, let item = cluster.items.first, !keys.contains(item.key) {
                if let near = Suggestion.nearest(to: item.key, among: keys.sorted()),
                   Suggestion.editDistance(item.key.lowercased(), near.lowercased(), limit: 2) <= 1 {
                    diagnostics.append(.warning("citation-near-key", "'@\(item.key)' is no citation key, so it stays text; did you mean '@\(near)'?",
                                                at: item.location))
                }
                return
            }
            for item in cluster.items {
                if keys.contains(item.key) {
                    if seen.insert(item.key).inserted { ordered.append(item.key) }
                } else {
                    var message = "unknown citation key '\(item.key)'"
                    if let near = Suggestion.nearest(to: item.key, among: keys.sorted()) { message += "; did you mean '\(near)'?" }
                    diagnostics.append(.error("citation-unknown-key", message, at: item.location))
                }
            }
        }
        return ordered
    }

    /// Book-wide order of first citation: pages' keys merged in reading order.
    static func number(_ keys: [String], into numbers: inout [String: Int]) {
        for key in keys where numbers[key] == nil { numbers[key] = numbers.count + 1 }
    }

    static func hasRefsMarker(_ document: MarkdownNode) -> Bool {
        document.children.contains { if case .bibliography(let list) = $0.kind { return list.heading == nil }; return false }
    }

    /// `base`, or `base-1`, `base-2`, ... when a heading of the page already has it.
    static func uniqueAnchor(_ base: String, taken: Set<String>) -> String {
        guard taken.contains(base) else { return base }
        var n = 1
        while taken.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }
}
