/// The resolve stage: turns the summary and parsed chapters into numbered pages in reading
/// order, a table of contents, and chapters whose links point at output pages.
public struct BookResolver {
    public init() {}

    public func resolve(config: BookConfig, summary: Summary, chapters: [String: ParsedChapter], files: ContentFileIndex,
                        diagnostics: inout [Diagnostic]) -> ResolvedBook {
        var outline = Outline(numbering: config.numbering)
        outline.add(summary)
        var pages: [ResolvedPage] = []
        for item in outline.items {
            guard let path = item.sourcePath, let chapter = chapters[path], !chapter.source.frontMatter.draft else { continue }
            let title = chapter.source.frontMatter.title ?? chapter.bodyTitle ?? item.entry.title
            pages.append(ResolvedPage(chapter: chapter, title: title, number: item.entry.number,
                                      outputPath: ContentPath.htmlPath(forMarkdown: path),
                                      partTitle: item.part, ancestors: item.ancestors, tocIndex: item.index))
        }
        var toc = outline.items.map(\.entry)
        // A chapter marked draft in its front matter is listed but not linked, as `[Title]()` is.
        for (index, item) in outline.items.enumerated() {
            if let path = item.sourcePath, chapters[path]?.source.frontMatter.draft == true { toc[index].path = nil }
        }
        let labels = LabelTable(pages: &pages, diagnostics: &diagnostics)
        let drafts = Set(outline.items.compactMap { item in
            item.sourcePath.flatMap { chapters[$0]?.source.frontMatter.draft == true ? $0 : nil }
        })
        let targets = LinkTargets(pages: pages, files: files, drafts: drafts, labels: labels)
        var assets = Set<String>()
        var backlinks: [String: [Backlink]] = [:]
        for index in pages.indices {
            var resolver = LinkResolver(page: pages[index], targets: targets, config: config)
            pages[index].chapter.document = resolver.resolve(pages[index].chapter.document, diagnostics: &diagnostics)
            assets.formUnion(resolver.assets)
            for (target, link) in resolver.backlinks { backlinks[target, default: []].append(link) }
        }
        for index in pages.indices {
            pages[index].linkedFrom = backlinks[pages[index].outputPath] ?? []
        }
        return ResolvedBook(config: config, pages: pages, toc: toc, assets: assets.sorted())
    }
}

/// The summary flattened in reading order, with numbers, depths and parts.
struct Outline {
    struct Item {
        var entry: TOCEntry
        var sourcePath: String?
        var part: String?
        var ancestors: [TOCEntry]
        var index: Int
    }

    let numbering: Bool
    private(set) var items: [Item] = []
    private var topLevelCount = 0

    init(numbering: Bool) {
        self.numbering = numbering
    }

    mutating func add(_ summary: Summary) {
        add(summary.prefix, numbered: false, prefix: [], part: nil, ancestors: [])
        for part in summary.parts {
            add(part.chapters, numbered: true, prefix: [], part: part.title, ancestors: [])
        }
        add(summary.suffix, numbered: false, prefix: [], part: nil, ancestors: [])
    }

    private mutating func add(_ links: [SummaryLink], numbered: Bool, prefix: [Int], part: String?,
                              ancestors: [TOCEntry]) {
        // The first top-level chapter of a part opens it in the contents.
        var opensPart = ancestors.isEmpty ? part : nil
        for (offset, link) in links.enumerated() {
            var numbers = prefix
            if numbered {
                if prefix.isEmpty {
                    topLevelCount += 1
                    numbers = [topLevelCount]
                } else {
                    numbers.append(offset + 1)
                }
            }
            let number = numbered && numbering ? numbers.map(String.init).joined(separator: ".") : nil
            let entry = TOCEntry(title: link.title, number: number, path: link.path.map(ContentPath.htmlPath(forMarkdown:)),
                                 depth: ancestors.count, partTitle: opensPart)
            opensPart = nil
            items.append(Item(entry: entry, sourcePath: link.path, part: part, ancestors: ancestors, index: items.count))
            add(link.children, numbered: numbered, prefix: numbers, part: part, ancestors: ancestors + [entry])
        }
    }
}
