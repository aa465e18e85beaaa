import Foundation

/// The citation stage, between resolve and render: recognises citations on every page, checks
/// keys against the book's bibliography and the page's own (front matter `bibliography:`),
/// numbers them (AMA: in order of first citation, book-wide or per chapter; author-date: in
/// reference-list order), fills each citation, ends each citing chapter with its References, and
/// puts the whole list where the bibliography page has `::: {#refs}` (or at the end of `bibliography.md`).
public struct CitationStage {
    public static let bibliographyPage = "bibliography.md"
    let bibliography: Bibliography

    public init(bibliography: Bibliography) {
        self.bibliography = bibliography
    }

    public func apply(to book: inout ResolvedBook, diagnostics: inout [Diagnostic]) {
        let style = book.config.citationStyle
        // Recognition is independent per page, so both cores share it; numbering below is in order.
        let pages = book.pages
        var documents = pages.map(\.chapter.document)
        documents.withUnsafeMutableBufferPointer { slots in
            let slots = slots
            DispatchQueue.concurrentPerform(iterations: pages.count) { index in
                let rewriter = CitationRewriter(source: pages[index].chapter.source, attachesToWord: style == .ama)
                slots[index] = rewriter.rewrite(pages[index].chapter.document)
            }
        }
        for index in book.pages.indices { book.pages[index].chapter.document = documents[index] }
        let (bibliography, visible) = withChapterBibliographies(book.pages, diagnostics: &diagnostics)
        let firstCited = checkedKeys(book.pages, bibliography: bibliography, visible: visible, diagnostics: &diagnostics)
        let context = CitationContext(style: style, bibliography: bibliography, cited: firstCited.keys)
        let bookNumbers = style == .ama ? firstCited : context.listOrder
        let bibliographyIndex = book.pages.firstIndex { Self.hasRefsMarker($0.chapter.document) }
            ?? book.pages.firstIndex { $0.chapter.source.path == Self.bibliographyPage }
        let perChapter = style == .ama && book.config.citationNumbering == .chapter
        var citedAt: [String: [ReferenceList.CitedPlace]] = [:]
        for index in book.pages.indices {
            let page = book.pages[index]
            let ownNumbers = perChapter && index != bibliographyIndex
            let numbers = ownNumbers ? Self.firstCitationOrder(in: page.chapter.document, among: Set(firstCited.keys)) : bookNumbers
            let target = ownNumbers ? page.outputPath : bibliographyIndex.map { book.pages[$0].outputPath } ?? page.outputPath
            var filler = ClusterFiller(context: context, numbers: numbers, page: page.outputPath, target: target)
            var document = page.chapter.document.rewritten { filler.fill($0) }
            for (key, places) in filler.citedAt { citedAt[key, default: []] += places }
            if index != bibliographyIndex, !filler.citedKeys.isEmpty {
                let entries = filler.citedKeys.sorted { numbers[$0]! < numbers[$1]! }.map { context.entry($0, number: numbers[$0]!, places: []) }
                var list = ReferenceList(heading: "References", entries: entries, numbered: style == .ama)
                list.anchor = Self.uniqueAnchor("references", taken: page.chapter.anchors)
                document.children.append(MarkdownNode(.bibliography(list)))
            }
            book.pages[index].chapter.document = document
        }
        if let bibliographyIndex {
            let all = bookNumbers.keys.sorted { bookNumbers[$0]! < bookNumbers[$1]! }
                .map { context.entry($0, number: bookNumbers[$0]!, places: citedAt[$0] ?? []) }
            var document = book.pages[bibliographyIndex].chapter.document
            let list = MarkdownNode(.bibliography(ReferenceList(heading: nil, entries: all, numbered: style == .ama)))
            if Self.hasRefsMarker(document) {
                document = document.rewritten { node in
                    if case .bibliography(let existing) = node.kind, existing.heading == nil { return list }
                    return node
                }
            } else {
                document.children.append(list)
            }
            book.pages[bibliographyIndex].chapter.document = document
        }
        for key in bibliography.keys where firstCited[key] == nil && book.config.warnUncited {
            diagnostics.append(.warning("citation-unused", "'\(key)' is in the bibliography but never cited",
                                        at: bibliography.entries[key]!.location))
        }
    }

    /// The book's bibliography with every chapter's own files added (each file read once), and
    /// the keys each page may cite.
    private func withChapterBibliographies(_ pages: [ResolvedPage], diagnostics: inout [Diagnostic]) -> (Bibliography, [Set<String>]) {
        var all = bibliography
        var keysByFile: [String: [String]] = [:]
        let visible = pages.map { page -> Set<String> in
            var keys = Set(bibliography.keys)
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

    /// Book-wide order of first citation of the known keys; unknown keys reported where they are cited.
    private func checkedKeys(_ pages: [ResolvedPage], bibliography: Bibliography, visible: [Set<String>],
                             diagnostics: inout [Diagnostic]) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for (page, keys) in zip(pages, visible) {
            page.chapter.document.forEach { node in
                guard case .citation(let cluster) = node.kind else { return }
                for item in cluster.items {
                    if keys.contains(item.key) {
                        if numbers[item.key] == nil { numbers[item.key] = numbers.count + 1 }
                    } else {
                        var message = "unknown citation key '\(item.key)'"
                        if let near = Suggestion.nearest(to: item.key, among: keys.sorted()) { message += "; did you mean '\(near)'?" }
                        diagnostics.append(.error("citation-unknown-key", message, at: item.location))
                    }
                }
            }
        }
        return numbers
    }

    /// Numbers restarting on one page, in order of first citation there.
    private static func firstCitationOrder(in document: MarkdownNode, among known: Set<String>) -> [String: Int] {
        var numbers: [String: Int] = [:]
        document.forEach { node in
            guard case .citation(let cluster) = node.kind else { return }
            for item in cluster.items where known.contains(item.key) && numbers[item.key] == nil { numbers[item.key] = numbers.count + 1 }
        }
        return numbers
    }

    private static func hasRefsMarker(_ document: MarkdownNode) -> Bool {
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
