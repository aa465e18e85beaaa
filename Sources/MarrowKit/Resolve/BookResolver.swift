import Foundation

/// The resolve stage: turns the summary and parsed chapters into numbered pages in reading
/// order, a table of contents, and chapters whose links point at output pages.
public struct BookResolver {
    public init() {}

    /// Takes `chapters` over: each parsed tree is let go as soon as its page's links are resolved,
    /// so that two versions of every tree are never held at once.
    public func resolve(config: BookConfig, summary: Summary, chapters: consuming [String: ParsedChapter], files: ContentFileIndex,
                        diagnostics: inout [Diagnostic]) -> ResolvedBook {
        var structure = BookStructure(config: config, summary: summary, chapters: chapters)
        chapters = [:]
        var pages = structure.pages
        structure.pages = []
        let labels = LabelTable(pages: &pages, diagnostics: &diagnostics)
        let targets = LinkTargets(pages: pages, files: files, drafts: structure.drafts, labels: labels)
        var assets = Set<String>()
        var emitted: [[(String, Backlink)]] = []
        // Pages are resolved on both cores, each tree replaced in place; results merge in reading order.
        let found = Parallel.update(&pages) { _, page -> (assets: Set<String>, backlinks: [(String, Backlink)], diagnostics: [Diagnostic]) in
            var local: [Diagnostic] = []
            let links = Self.resolveLinks(of: &page, targets: targets, config: config, diagnostics: &local)
            return (links.assets, links.backlinks, local)
        }
        for page in found {
            assets.formUnion(page.assets)
            emitted.append(page.backlinks)
            diagnostics += page.diagnostics
        }
        Self.attachBacklinks(&pages, emitted: emitted)
        return ResolvedBook(config: config, pages: pages, toc: structure.toc, assets: assets.sorted())
    }

    /// One page's links, images and cross-references resolved against the whole book.
    struct PageLinks {
        var document: MarkdownNode
        var assets: Set<String>
        /// (target page, link) for each place on this page that links to another page.
        var backlinks: [(String, Backlink)]
    }

    /// Resolves the page's links in its own tree. The tree is taken out of the page while the
    /// resolver (which keeps a copy of the page) works, so that it is changed in place, not copied.
    static func resolveLinks(of page: inout ResolvedPage, targets: LinkTargets, config: BookConfig,
                             diagnostics: inout [Diagnostic]) -> PageLinks {
        var document = page.chapter.document
        page.chapter.document = MarkdownNode(.document)
        var resolver = LinkResolver(page: page, targets: targets, config: config)
        resolver.resolve(&document, diagnostics: &diagnostics)
        page.chapter.document = document
        return PageLinks(document: document, assets: resolver.assets, backlinks: resolver.backlinks)
    }

    /// "Linked from" of every page, in reading order of the linking pages.
    static func attachBacklinks(_ pages: inout [ResolvedPage], emitted: [[(String, Backlink)]]) {
        var backlinks: [String: [Backlink]] = [:]
        for links in emitted {
            for (target, link) in links { backlinks[target, default: []].append(link) }
        }
        for index in pages.indices {
            pages[index].linkedFrom = backlinks[pages[index].outputPath] ?? []
        }
    }
}

/// The book's pages in reading order, before numbering and links, with its contents and drafts.
struct BookStructure {
    var pages: [ResolvedPage] = []
    var toc: [TOCEntry]
    /// Source paths of chapters marked draft: listed but not built.
    var drafts: Set<String>

    init(config: BookConfig, summary: Summary, chapters: [String: ParsedChapter]) {
        var outline = Outline(numbering: config.numbering)
        outline.add(summary)
        for item in outline.items {
            guard let path = item.sourcePath, let chapter = chapters[path], !chapter.source.frontMatter.draft else { continue }
            let title = chapter.source.frontMatter.title ?? chapter.bodyTitle ?? item.entry.title
            pages.append(ResolvedPage(chapter: chapter, title: title, number: item.entry.number,
                                      outputPath: ContentPath.htmlPath(forMarkdown: path),
                                      partTitle: item.part, ancestors: item.ancestors, tocIndex: item.index))
        }
        toc = outline.items.map(\.entry)
        // A chapter marked draft in its front matter is listed but not linked, as `[Title]()` is.
        for (index, item) in outline.items.enumerated() {
            if let path = item.sourcePath, chapters[path]?.source.frontMatter.draft == true { toc[index].path = nil }
        }
        drafts = Set(outline.items.compactMap { item in
            item.sourcePath.flatMap { chapters[$0]?.source.frontMatter.draft == true ? $0 : nil }
        })
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
        let firstSuffix = items.count
        add(summary.suffix, numbered: false, prefix: [], part: nil, ancestors: [])
        if !summary.parts.isEmpty, firstSuffix < items.count { items[firstSuffix].entry.closesParts = true }
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
