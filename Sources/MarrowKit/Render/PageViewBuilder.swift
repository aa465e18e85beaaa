import Foundation

/// Builds the view model of each chapter page from the resolved book.
struct PageViewBuilder {
    let book: ResolvedBook
    let site: SiteView
    /// The sizes of the book's images (`ImageSizeReader`), written on their `<img>` tags.
    let imageSizes: [String: ImageSize]

    init(book: ResolvedBook, hasPrintPage: Bool = false, imageSizes: [String: ImageSize] = [:]) {
        self.book = book
        self.imageSizes = imageSizes
        let config = book.config
        site = SiteView(title: config.title, subtitle: config.subtitle, language: config.language, license: config.license,
                        authors: config.authors.isEmpty ? nil : config.authors.joined(separator: ", "), hasPrintPage: hasPrintPage,
                        repositoryLink: config.repositoryLink, stylesheets: config.extraStylesheets, scripts: config.extraScripts,
                        pdfPath: config.pdf?.path)
    }

    /// The view of page `index`, rendered at `outputPath` (its own path, or `index.html` for the home copy).
    func view(ofPage index: Int, at outputPath: String) -> PageView {
        let page = book.pages[index]
        let root = ContentPath.rootPrefix(forPage: outputPath)
        var context = HTMLRenderer.Context(rootPrefix: root, pagePath: outputPath, allowRawHTML: book.config.allowRawHTML)
        context.imageSizes = imageSizes
        context.linkPreviews = book.linkPreviews
        for heading in page.chapter.headings { context.sectionNumbers[heading.anchor] = heading.number }
        let content = HTMLRenderer.render(page.chapter.document, context: context)
        let headings = page.chapter.headings.filter { $0.level == 2 || $0.level == 3 }
        var crumbs: [LinkView] = []
        if let part = page.partTitle { crumbs.append(LinkView(url: root + "toc.html", title: part, number: nil)) }
        for ancestor in page.ancestors {
            crumbs.append(LinkView(url: ancestor.path.map { root + $0 }, title: ancestor.title, number: ancestor.number))
        }
        let linkedFrom = page.linkedFrom.map { link in
            LinkView(url: root + link.path + (link.fragment.map { "#" + $0 } ?? ""), title: link.title, number: nil)
        }
        let readNext = page.readNext.map { self.link(to: book.pages[$0], root: root) }
        let front = page.chapter.source.frontMatter
        let authors = front.authors.isEmpty ? nil : front.authors.joined(separator: ", ")
        return PageView(
            site: site, root: root, pagePath: outputPath,
            headTitle: page.chapter.source.headTitle ?? (page.title == site.title ? site.title : "\(page.title) · \(site.title)"),
            description: front.description ?? book.config.description ?? page.title,
            title: page.title, number: page.number, authors: authors,
            reviewedISO: front.reviewed?.iso, reviewedText: front.reviewed?.text, contentHTML: content,
            onThisPage: headings.map { HeadingLinkView(anchor: $0.anchor, title: $0.text, level: $0.level, isSubsection: $0.level == 3) },
            hasOnThisPage: !headings.isEmpty, breadcrumbs: crumbs,
            previous: index > 0 ? link(to: book.pages[index - 1], root: root) : nil,
            next: index + 1 < book.pages.count ? link(to: book.pages[index + 1], root: root) : nil,
            editURL: editURL(for: page.chapter.source.path),
            linkedFrom: linkedFrom, hasLinkedFrom: !linkedFrom.isEmpty, readNext: readNext, hasReadNext: !readNext.isEmpty)
    }

    func contentsView() -> ContentsView {
        let entries = book.toc.map { entry in
            ContentsEntryView(url: entry.path, title: entry.title, number: entry.number, depth: entry.depth,
                              partTitle: entry.partTitle, isDraft: entry.path == nil)
        }
        return ContentsView(site: site, root: "", pagePath: "toc.html", headTitle: "Contents · \(site.title)",
                            description: book.config.description ?? site.title, entries: entries)
    }

    func notFoundView() -> NotFoundView {
        var view = NotFoundView(site: site, root: "", pagePath: "404.html", headTitle: "Page not found · \(site.title)",
                                description: book.config.description ?? site.title)
        if let page = book.notFound {
            view.title = page.source.frontMatter.title ?? page.bodyTitle ?? view.title
            view.headTitle = "\(view.title) · \(site.title)"
            view.contentHTML = HTMLRenderer.render(page.document, context: .init(rootPrefix: "", pagePath: "404.html", allowRawHTML: book.config.allowRawHTML))
        }
        return view
    }

    func searchView() -> SearchPageView {
        SearchPageView(site: site, root: "", pagePath: "search.html", headTitle: "Search · \(site.title)",
                       description: "Search \(site.title)")
    }

    private func link(to page: ResolvedPage, root: String) -> LinkView {
        LinkView(url: root + page.outputPath, title: page.title, number: page.number)
    }

    private func editURL(for path: String) -> String? {
        if let template = book.config.editURLTemplate { return template.replacingOccurrences(of: "{path}", with: path) }
        guard var repository = book.config.repository else { return nil }
        while repository.hasSuffix("/") { repository.removeLast() }
        return "\(repository)/edit/main/content/\(path)"
    }
}
