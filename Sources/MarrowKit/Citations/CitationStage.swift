/// The citation stage, between resolve and render: recognises citations on every page, numbers
/// them book-wide in order of first citation (pages in reading order), checks keys, fills each
/// citation with its numbers and references, ends each citing chapter with its References, and
/// puts the whole list where the bibliography page has `::: {#refs}` (or at the end of
/// `bibliography.md`).
public struct CitationStage {
    public static let bibliographyPage = "bibliography.md"
    let bibliography: Bibliography
    let formatter = AMAFormatter()

    public init(bibliography: Bibliography) {
        self.bibliography = bibliography
    }

    public func apply(to book: inout ResolvedBook, diagnostics: inout [Diagnostic]) {
        for index in book.pages.indices {
            let rewriter = CitationRewriter(source: book.pages[index].chapter.source)
            book.pages[index].chapter.document = rewriter.rewrite(book.pages[index].chapter.document)
        }
        let numbers = number(book.pages, diagnostics: &diagnostics)
        let references = numbers.keys.reduce(into: [String: FormattedReference]()) { $0[$1] = formatter.format(bibliography.entries[$1]!) }
        let bibliographyIndex = book.pages.firstIndex { Self.hasRefsMarker($0.chapter.document) }
            ?? book.pages.firstIndex { $0.chapter.source.path == Self.bibliographyPage }
        let target = bibliographyIndex.map { book.pages[$0].outputPath }
        var citedAt: [String: [ReferenceList.CitedPlace]] = [:]
        for index in book.pages.indices {
            var filler = ClusterFiller(numbers: numbers, references: references, bibliography: bibliography,
                                       page: book.pages[index].outputPath, target: target ?? book.pages[index].outputPath)
            var document = book.pages[index].chapter.document.rewritten { filler.fill($0) }
            for (key, places) in filler.citedAt { citedAt[key, default: []] += places }
            if index != bibliographyIndex, !filler.citedKeys.isEmpty {
                let entries = filler.citedKeys.sorted { numbers[$0]! < numbers[$1]! }.map { entry($0, numbers, references, places: []) }
                document.children.append(MarkdownNode(.bibliography(ReferenceList(heading: "References", entries: entries))))
            }
            book.pages[index].chapter.document = document
        }
        if let bibliographyIndex {
            let all = numbers.keys.sorted { numbers[$0]! < numbers[$1]! }
                .map { entry($0, numbers, references, places: citedAt[$0] ?? []) }
            var document = book.pages[bibliographyIndex].chapter.document
            let list = MarkdownNode(.bibliography(ReferenceList(heading: nil, entries: all)))
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
        for key in bibliography.keys where numbers[key] == nil {
            diagnostics.append(.warning("citation-unused", "'\(key)' is in the bibliography but never cited",
                                        at: bibliography.entries[key]!.location))
        }
    }

    private static func hasRefsMarker(_ document: MarkdownNode) -> Bool {
        document.children.contains { if case .bibliography(let list) = $0.kind { return list.heading == nil }; return false }
    }

    /// Book-wide numbers by order of first citation; unknown keys reported where they are cited.
    private func number(_ pages: [ResolvedPage], diagnostics: inout [Diagnostic]) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for page in pages {
            page.chapter.document.forEach { node in
                guard case .citation(let cluster) = node.kind else { return }
                for item in cluster.items {
                    if bibliography.entries[item.key] != nil {
                        if numbers[item.key] == nil { numbers[item.key] = numbers.count + 1 }
                    } else {
                        var message = "unknown citation key '\(item.key)'"
                        if let near = Suggestion.nearest(to: item.key, among: bibliography.keys) { message += "; did you mean '\(near)'?" }
                        diagnostics.append(.error("citation-unknown-key", message, at: item.location))
                    }
                }
            }
        }
        return numbers
    }

    private func entry(_ key: String, _ numbers: [String: Int], _ references: [String: FormattedReference],
                       places: [ReferenceList.CitedPlace]) -> ReferenceList.Entry {
        ReferenceList.Entry(number: numbers[key]!, key: key, html: references[key]!.html, pmid: bibliography.entries[key]?.pmid, citedAt: places)
    }
}
