import Foundation

/// What `IncrementalBuild` keeps of one page between saves: the output of each stage for this
/// page alone, so that a save redoes a stage only for the pages whose inputs it changed.
struct PageCache {
    /// Numbered (sections, figures, tables), before links are resolved.
    var numbered: ResolvedPage
    var labels: [(String, LabelTable.Target)] = []
    /// What other pages read of this one when they resolve their links.
    var export: PageExport?
    var links: BookResolver.PageLinks?
    var resolveDiagnostics: [Diagnostic] = []
    /// The resolved page with its citations recognised, not yet numbered.
    var cited: ResolvedPage
    /// Known keys the page cites, in order of first citation.
    var citedKeys: [String] = []
    var citeDiagnostics: [Diagnostic] = []
    var citedAt: [String: [ReferenceList.CitedPlace]] = [:]
    var profile: RelatedChapters.Profile?

    init(page: ResolvedPage) {
        numbered = page
        cited = page
    }
}

/// A page as its links see it: title, number, place, headings, other anchors (raw HTML ids,
/// definition-list terms) and labels.
struct PageExport: Equatable {
    var title: String
    var number: String?
    var outputPath: String
    var headings: [HeadingInfo]
    var otherAnchors: [String]
    /// What links from other pages preview of this one.
    var previews: [String: String]
    var labels: [String]
    var targets: [LabelTable.Target]

    init(_ page: ResolvedPage, labels: [(String, LabelTable.Target)]) {
        title = page.title
        number = page.number
        outputPath = page.outputPath
        headings = page.chapter.headings
        otherAnchors = page.chapter.htmlAnchors
        previews = LinkPreviews.previews(of: page)
        self.labels = labels.map(\.0)
        targets = labels.map(\.1)
    }
}

/// Everything known about the book between saves.
struct IncrementalState {
    var project: LoadedProject
    /// Problems of `book.yml`, `SUMMARY.md`, the theme and unlisted files.
    var bookDiagnostics: [Diagnostic] = []
    /// Problems found reading or parsing each chapter, by path under `content/`.
    var chapterDiagnostics: [String: [Diagnostic]] = [:]
    var bibliography = Bibliography()
    /// The book's citation style, loaded with the bibliography.
    var style: ReferenceStyle?
    var bibliographyDiagnostics: [Diagnostic] = []
    var templates: TemplateSet?
    var structure: BookStructure
    var indexBySource: [String: Int] = [:]
    var pages: [PageCache]
    var labelDiagnostics: [Diagnostic] = []
    var citationDiagnostics: [Diagnostic] = []
    var citableKeys: Set<String> = []
    var fingerprints: [String: CitationNumbering.KeyFingerprint] = [:]
    var bibliographyIndex: Int?
    /// Kept while no page's title, headings or labels change.
    var labelTable: LabelTable?
    var linkTargets: LinkTargets?
    /// Kept while the same keys are cited in the same order from the same bibliography.
    var numbering: CitationNumbering?
    /// Whether a page's "Read next" profile changed since ranking last ran.
    var profilesChanged = true
    /// The book as the renderer sees it: final trees, "Linked from" and "Read next".
    var book: ResolvedBook

    init(project: LoadedProject, parsed: [String: ParsedChapter]) {
        self.project = project
        structure = BookStructure(config: project.config, summary: project.summary, chapters: parsed)
        pages = structure.pages.map(PageCache.init)
        for (index, page) in structure.pages.enumerated() { indexBySource[page.chapter.source.path] = index }
        book = ResolvedBook(config: project.config, pages: structure.pages, toc: structure.toc, assets: [])
        var reported: [Diagnostic] = []  // The full build that came first reported them.
        book.notFound = project.notFound.map { ChapterParser(trustRawHTML: project.config.allowRawHTML, markdown: project.config.markdown).parse($0, diagnostics: &reported) }
    }

    var diagnostics: [Diagnostic] {
        var all = bookDiagnostics + bibliographyDiagnostics + labelDiagnostics + citationDiagnostics
        for path in chapterDiagnostics.keys.sorted() { all += chapterDiagnostics[path]! }
        for page in pages { all += page.resolveDiagnostics + page.citeDiagnostics }
        return all.sortedForOutput()
    }

    /// A chapter read and parsed again: its page before numbering, with the title it now has.
    mutating func replaceChapter(_ chapter: ParsedChapter, at index: Int) {
        var page = structure.pages[index]
        page.chapter = chapter
        page.title = chapter.source.frontMatter.title ?? chapter.bodyTitle ?? structure.toc[page.tocIndex].title
        structure.pages[index] = page
    }

    /// Runs resolve, citations and "Read next" again for what `changed` pages (or the bibliography)
    /// make stale; returns the pages whose HTML may have changed.
    mutating func propagate(changed: Set<Int>, everything: Bool) -> Set<Int> {
        let all = Set(pages.indices)
        let oldTitles = book.pages.map(\.title)
        var render = changed
        // Numbering, and which pages others must resolve against again.
        var exportChanged = Set<String>()
        var previewsChanged = Set<String>()
        for index in changed {
            var page = structure.pages[index]
            let labels = LabelTable.number(&page)
            let export = PageExport(page, labels: labels)
            if export != pages[index].export { exportChanged.insert(page.outputPath) }
            if export.previews != pages[index].export?.previews { previewsChanged.insert(page.outputPath) }
            pages[index].numbered = page
            pages[index].labels = labels
            pages[index].export = export
        }
        if everything || !exportChanged.isEmpty || linkTargets == nil {
            labelDiagnostics = []
            let labels = LabelTable(labelsByPage: pages.map(\.labels), diagnostics: &labelDiagnostics)
            linkTargets = LinkTargets(pages: pages.map(\.numbered), files: project.files, drafts: structure.drafts, labels: labels)
        }
        let targets = linkTargets!
        // Links: the changed pages, pages with link problems (a fix elsewhere may cure them), and
        // pages that link to a page whose title, headings or labels changed.
        var resolve = everything ? all : changed.union(pages.indices.filter { !pages[$0].resolveDiagnostics.isEmpty })
        if !exportChanged.isEmpty {
            resolve.formUnion(pages.indices.filter { index in
                pages[index].links?.backlinks.contains { exportChanged.contains($0.0) } ?? true
            })
        }
        var backlinksChanged = everything
        for index in resolve.sorted() {
            var found: [Diagnostic] = []
            var page = pages[index].numbered
            let links = BookResolver.resolveLinks(of: &page, targets: targets, config: project.config, diagnostics: &found)
            if !backlinksChanged, let old = pages[index].links {
                backlinksChanged = old.assets != links.assets || old.backlinks.map(\.0) != links.backlinks.map(\.0)
                    || old.backlinks.map(\.1) != links.backlinks.map(\.1)
            }
            pages[index].links = links
            pages[index].resolveDiagnostics = found
        }
        let superscript = style?.isSuperscript ?? true
        let recognised = Parallel.map(resolve.sorted()) { [pages] index -> ResolvedPage in
            var page = pages[index].numbered
            page.chapter.document = pages[index].links!.document
            CitationStage.recognise(&page, superscript: superscript)
            return page
        }
        for (index, page) in zip(resolve.sorted(), recognised) { pages[index].cited = page }
        render.formUnion(propagateCitations(resolved: resolve, everything: everything))
        for index in changed { book.pages[index].title = pages[index].numbered.title }
        // "Linked from" and "Read next" from each page's kept links and profile, when those changed.
        let oldLinkedFrom = book.pages.map(\.linkedFrom), oldReadNext = book.pages.map(\.readNext)
        if backlinksChanged {
            book.assets = pages.reduce(into: Set<String>()) { $0.formUnion($1.links?.assets ?? []) }.sorted()
            BookResolver.attachBacklinks(&book.pages, emitted: pages.map { $0.links?.backlinks ?? [] })
        }
        if profilesChanged || backlinksChanged {
            let ranked = RelatedChapters.rank(book.pages, profiles: pages.map { $0.profile! }, numbering: project.config.numbering)
            for index in pages.indices { book.pages[index].readNext = ranked[index] }
            profilesChanged = false
        }
        // Pages linking to a page whose previews changed carry them: written again.
        if !previewsChanged.isEmpty {
            book.linkPreviews = LinkPreviews.table(pages.map { ($0.numbered.outputPath, $0.export?.previews ?? [:]) })
            for index in pages.indices where pages[index].links?.backlinks.contains(where: { previewsChanged.contains($0.0) }) ?? false {
                render.insert(index)
            }
        }
        var retitled = Set<Int>()
        for index in pages.indices {
            if book.pages[index].linkedFrom != oldLinkedFrom[index] || book.pages[index].readNext != oldReadNext[index] { render.insert(index) }
            if index < oldTitles.count, book.pages[index].title != oldTitles[index] { retitled.insert(index) }
        }
        // Previous/next links and "Read next" lists show other pages' titles.
        for index in pages.indices where !retitled.isEmpty {
            if retitled.contains(index - 1) || retitled.contains(index + 1) || book.pages[index].readNext.contains(where: retitled.contains) {
                render.insert(index)
            }
        }
        return everything ? all : render
    }

    /// Checks keys, numbers and fills citations for pages whose citations may have changed;
    /// returns the pages whose final tree changed.
    private mutating func propagateCitations(resolved: Set<Int>, everything: Bool) -> Set<Int> {
        let all = Set(pages.indices)
        citationDiagnostics = []
        let stage = CitationStage(bibliography: bibliography, style: style)
        let (merged, visible) = stage.withChapterBibliographies(pages.map(\.cited), diagnostics: &citationDiagnostics)
        let keys = Set(merged.keys)
        var check = everything || keys != citableKeys ? all : resolved.union(pages.indices.filter { !pages[$0].citeDiagnostics.isEmpty })
        citableKeys = keys
        for index in check.sorted() {
            var found: [Diagnostic] = []
            pages[index].citedKeys = CitationStage.check(pages[index].cited.chapter.document, visible: visible[index], diagnostics: &found)
            pages[index].citeDiagnostics = found
        }
        var firstCited: [String: Int] = [:]
        for page in pages { CitationStage.number(page.citedKeys, into: &firstCited) }
        let citePages = pages.map(\.cited)
        guard let style else {
            citationDiagnostics += CitationStage.missingStyle(citePages, cited: firstCited, config: project.config)
            return []
        }
        let numbering = CitationNumbering(reusing: self.numbering, pages: citePages, config: project.config, style: style,
                                          bibliography: merged, firstCited: firstCited)
        self.numbering = numbering
        var changedKeys = Set<String>()
        var fingerprints: [String: CitationNumbering.KeyFingerprint] = [:]
        for key in Set(firstCited.keys).union(self.fingerprints.keys) {
            let print = numbering.fingerprint(of: key)
            fingerprints[key] = print
            if self.fingerprints[key] != print { changedKeys.insert(key) }
        }
        self.fingerprints = fingerprints
        if everything || numbering.bibliographyIndex != bibliographyIndex { check = all }
        bibliographyIndex = numbering.bibliographyIndex
        var fill = check
        if !changedKeys.isEmpty {
            fill.formUnion(pages.indices.filter { pages[$0].citedKeys.contains(where: changedKeys.contains) })
        }
        if let index = bibliographyIndex { fill.insert(index) }
        var changedTrees = Set<Int>()
        let order = fill.sorted()
        let filled = Parallel.map(order) { numbering.fill(citePages, at: $0) }
        for (index, result) in zip(order, filled) {
            pages[index].citedAt = result.citedAt
            if index != bibliographyIndex { changedTrees.formUnion(setDocument(result.document, at: index)) }
        }
        if let index = bibliographyIndex {
            var citedAt: [String: [ReferenceList.CitedPlace]] = [:]
            for page in pages { for (key, places) in page.citedAt { citedAt[key, default: []] += places } }
            var withList = book.pages
            withList[index].chapter.document = filled[order.firstIndex(of: index)!].document
            numbering.completeBibliographyPage(&withList, citedAt: citedAt)
            changedTrees.formUnion(setDocument(withList[index].chapter.document, at: index))
        }
        citationDiagnostics += numbering.unusedWarnings(warnUncited: project.config.warnUncited)
        return changedTrees
    }

    /// Sets page `index`'s final tree (with the page's current headings and title); returns it when it changed.
    private mutating func setDocument(_ document: MarkdownNode, at index: Int) -> Set<Int> {
        let unchanged = pages[index].profile != nil && book.pages[index].chapter.document == document
            && book.pages[index].chapter.headings == pages[index].numbered.chapter.headings
        let linkedFrom = book.pages[index].linkedFrom, readNext = book.pages[index].readNext
        book.pages[index] = pages[index].numbered
        book.pages[index].chapter.document = document
        book.pages[index].linkedFrom = linkedFrom
        book.pages[index].readNext = readNext
        if !unchanged {
            let profile = RelatedChapters.Profile(book.pages[index])
            if profile != pages[index].profile { profilesChanged = true }
            pages[index].profile = profile
        }
        return unchanged ? [] : [index]
    }
}
