/// The book-wide part of the citation stage once keys are checked: the formatted references,
/// the numbers, and where reference lists go. Fills one page at a time.
struct CitationNumbering {
    let context: CitationContext
    let firstCited: [String: Int]
    /// Numeric styles: the citation numbers; others: reference-list order.
    let bookNumbers: [String: Int]
    /// The page that holds the whole list, if any.
    let bibliographyIndex: Int?
    let perChapter: Bool
    let style: ReferenceStyle

    init(pages: [ResolvedPage], config: BookConfig, style: ReferenceStyle, bibliography: Bibliography, firstCited: [String: Int]) {
        self.style = style
        self.firstCited = firstCited
        context = CitationContext(style: style, bibliography: bibliography, firstCited: firstCited)
        bookNumbers = context.listNumbers
        bibliographyIndex = Self.bibliographyIndex(in: pages)
        perChapter = style.isNumeric && config.citationNumbering == .chapter
    }

    /// `previous` when it was made from the same citations and bibliography (formatting every
    /// reference again is the costly part), otherwise a new one.
    init(reusing previous: CitationNumbering?, pages: [ResolvedPage], config: BookConfig, style: ReferenceStyle,
         bibliography: Bibliography, firstCited: [String: Int]) {
        if let previous, previous.firstCited == firstCited, previous.style.identity == style.identity,
           previous.context.bibliography == bibliography,
           previous.bibliographyIndex == Self.bibliographyIndex(in: pages),
           previous.perChapter == (style.isNumeric && config.citationNumbering == .chapter) {
            self = previous
        } else {
            self.init(pages: pages, config: config, style: style, bibliography: bibliography, firstCited: firstCited)
        }
    }

    static func bibliographyIndex(in pages: [ResolvedPage]) -> Int? {
        pages.firstIndex { CitationStage.hasRefsMarker($0.chapter.document) }
            ?? pages.firstIndex { $0.chapter.source.path == CitationStage.bibliographyPage }
    }

    /// Page `index` with its citations filled and, unless it is the bibliography page, its References.
    func fill(_ pages: [ResolvedPage], at index: Int) -> (document: MarkdownNode, citedAt: [String: [ReferenceList.CitedPlace]]) {
        var page = pages[index]
        let citedAt = fill(&page, at: index, bibliographyPath: bibliographyIndex.map { pages[$0].outputPath })
        return (page.chapter.document, citedAt)
    }

    /// The same for one page, its tree filled in place, given the path of the bibliography page
    /// (if there is one); returns where the page cites each key.
    func fill(_ page: inout ResolvedPage, at index: Int, bibliographyPath: String?) -> [String: [ReferenceList.CitedPlace]] {
        let ownNumbers = perChapter && index != bibliographyIndex
        let numbers = ownNumbers ? Self.firstCitationOrder(in: page.chapter.document, among: firstCited) : context.citationNumbers
        // A citation links to the entry in its own chapter's References, below it on the same page
        // (the bibliography page's citations to the whole list there).
        let target = index == bibliographyIndex ? bibliographyPath ?? page.outputPath : page.outputPath
        var filler = ClusterFiller(context: context, numbers: numbers, page: page.outputPath, target: target, pageTitle: page.title)
        page.chapter.document.rewrite { filler.fill(&$0) }
        if index != bibliographyIndex, !filler.citedKeys.isEmpty {
            let listNumbers = ownNumbers ? numbers : bookNumbers
            let entries = filler.citedKeys.map { (listNumbers[$0]!, $0) }.sorted { $0.0 < $1.0 }
                .map { context.entry($1, number: $0, places: []) }
            var list = ReferenceList(heading: "References", entries: entries, numbered: style.isNumeric)
            list.anchor = CitationStage.uniqueAnchor("references", taken: page.chapter.anchors)
            page.chapter.document.children.append(MarkdownNode(.bibliography(list)))
        }
        return filler.citedAt
    }

    /// Puts the whole list on the bibliography page, with every place each entry is cited.
    func completeBibliographyPage(_ pages: inout [ResolvedPage], citedAt: [String: [ReferenceList.CitedPlace]]) {
        guard let bibliographyIndex else { return }
        let all = bookNumbers.keys.sorted { bookNumbers[$0]! < bookNumbers[$1]! }
            .map { context.entry($0, number: bookNumbers[$0]!, places: citedAt[$0] ?? []) }
        let list = MarkdownNode(.bibliography(ReferenceList(heading: nil, entries: all, numbered: style.isNumeric)))
        if CitationStage.hasRefsMarker(pages[bibliographyIndex].chapter.document) {
            pages[bibliographyIndex].chapter.document.rewrite { node in
                if case .bibliography(let existing) = node.kind, existing.heading == nil { node = list }
            }
        } else {
            pages[bibliographyIndex].chapter.document.children.append(list)
        }
    }

    func unusedWarnings(warnUncited: Bool) -> [Diagnostic] {
        guard warnUncited else { return [] }
        return context.bibliography.keys.filter { firstCited[$0] == nil }.map { key in
            .warning("citation-unused", "'\(key)' is in the bibliography but never cited", at: context.bibliography.entries[key]!.location)
        }
    }

    /// What a page's filled citations show of `key`: when this changes, every page citing it is filled again.
    func fingerprint(of key: String) -> KeyFingerprint {
        KeyFingerprint(number: bookNumbers[key], citationNumber: context.citationNumbers[key], entry: context.bibliography.entries[key],
                       reference: context.referenceHTML[key], yearSuffix: context.yearSuffixes[key],
                       disambiguation: context.disambiguation[key].map { "\($0)" })
    }

    struct KeyFingerprint: Hashable {
        var number: Int?
        var citationNumber: Int?
        var entry: BibEntry?
        var reference: String?
        var yearSuffix: String?
        var disambiguation: String?
    }

    /// Numbers restarting on one page, in order of first citation there.
    private static func firstCitationOrder(in document: MarkdownNode, among known: [String: Int]) -> [String: Int] {
        var numbers: [String: Int] = [:]
        document.forEach { node in
            guard case .citation(let cluster) = node.pointee.kind else { return }
            for item in cluster.items where known[item.key] != nil && numbers[item.key] == nil { numbers[item.key] = numbers.count + 1 }
        }
        return numbers
    }
}
