import Foundation

/// The view of `print.html`: each chapter rendered with its ids prefixed and its links to other
/// chapters pointing within the page, folded answers open, numbering and citations as on the site.
extension PageViewBuilder {
    static let printPagePath = "print.html"

    func printView() -> PrintView {
        let sections = BookPageAnchors.sectionIDs(forPages: book.pages.map(\.outputPath))
        let chapters = Parallel.map(Array(book.pages.indices)) { printChapter($0, sections: sections) }
        return PrintView(site: site, root: "", pagePath: Self.printPagePath, headTitle: "\(site.title): the whole book",
                         description: book.config.description ?? site.title, chapters: chapters)
    }

    private func printChapter(_ index: Int, sections: [String: String]) -> PrintChapterView {
        let page = book.pages[index]
        let anchor = sections[page.outputPath] ?? "ch\(index + 1)"
        var context = HTMLRenderer.Context(rootPrefix: "", pagePath: Self.printPagePath, allowRawHTML: book.config.allowRawHTML)
        context.imageSizes = imageSizes
        for heading in page.chapter.headings { context.sectionNumbers[heading.anchor] = heading.number }
        context.bookPage = BookPageAnchors(chapters: sections, current: anchor)
        let authors = page.chapter.source.frontMatter.authors
        return PrintChapterView(anchor: anchor, title: page.title, number: page.number,
                                authors: authors.isEmpty ? nil : authors.joined(separator: ", "),
                                partTitle: book.toc[page.tocIndex].partTitle, depth: page.ancestors.count,
                                contentHTML: HTMLRenderer.render(page.chapter.document, context: context))
    }
}
