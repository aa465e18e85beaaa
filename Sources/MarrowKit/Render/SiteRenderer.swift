import Foundation

/// The render stage: every page through the templates, the home and contents pages, the
/// table-of-contents script, theme assets and the content files pages link to.
public struct SiteRenderer {
    let book: ResolvedBook
    let templates: TemplateSet
    let theme: Theme
    let contentRoot: URL

    public init(book: ResolvedBook, templates: TemplateSet, theme: Theme, contentRoot: URL) {
        self.book = book
        self.templates = templates
        self.theme = theme
        self.contentRoot = contentRoot
    }

    public func render() -> [OutputFile] {
        let builder = makeViewBuilder()
        return renderPages(builder) + bookFiles(builder) + assetFiles()
    }

    /// The view builder every page of this site is rendered with, the images' sizes read from
    /// their files (their headers only).
    func makeViewBuilder() -> PageViewBuilder {
        PageViewBuilder(book: book, hasPrintPage: hasPrintPage, imageSizes: ImageSizeReader.sizes(of: book.assets, in: contentRoot))
    }

    /// `print.html` when the book asks for it and the theme has a `print` template. A chapter of its
    /// own called print.html keeps its page; the book then has no print page.
    var hasPrintPage: Bool {
        book.config.printPage && templates.names.contains("print") && !book.pages.isEmpty
            && !book.pages.contains(where: { $0.outputPath == PageViewBuilder.printPagePath })
    }

    /// The whole book on one page, when there is one.
    func printPage(_ builder: PageViewBuilder) -> OutputFile? {
        guard hasPrintPage else { return nil }
        return OutputFile(path: PageViewBuilder.printPagePath, text: templates.render(builder.printView(), template: "print"))
    }

    /// Renders the site straight into the staging folder: each page is written as soon as it is
    /// rendered (on both cores), so that the whole site is never held in memory.
    public func render(into staging: SiteStaging) throws {
        let builder = makeViewBuilder()
        let failure = FirstError()
        DispatchQueue.concurrentPerform(iterations: book.pages.count) { index in
            guard !failure.isSet else { return }
            do {
                try staging.write(text: renderPage(builder, at: index), to: book.pages[index].outputPath)
            } catch {
                failure.record(error)
            }
        }
        try failure.rethrow()
        for file in bookFiles(builder) + assetFiles() { try staging.write(file) }
    }

    /// One chapter page.
    func renderPage(_ builder: PageViewBuilder, at index: Int) -> String {
        templates.render(builder.view(ofPage: index, at: book.pages[index].outputPath), template: "page")
    }

    /// The files made from the whole book: the home copy of the first page (unless a chapter is
    /// `index.md`), the contents page, the 404 page and `toc.js`.
    func bookFiles(_ builder: PageViewBuilder) -> [OutputFile] {
        var files: [OutputFile] = []
        if let home = homeCopy(builder) { files.append(home) }
        files.append(OutputFile(path: "toc.html", text: templates.render(builder.contentsView(), template: "contents")))
        files.append(OutputFile(path: "404.html", text: templates.render(builder.notFoundView(), template: "404")))
        if let print = printPage(builder) { files.append(print) }
        if templates.names.contains("search") {
            files.append(OutputFile(path: "search.html", text: templates.render(builder.searchView(), template: "search")))
        }
        files.append(OutputFile(path: "toc.js", text: TOCScript.render(book.toc)))
        for redirect in book.config.redirects { files.append(OutputFile(path: redirect.page, text: RedirectPage.html(to: redirect.target))) }
        return files
    }

    func homeCopy(_ builder: PageViewBuilder) -> OutputFile? {
        guard !book.pages.contains(where: { $0.outputPath == "index.html" }), !book.pages.isEmpty else { return nil }
        return OutputFile(path: "index.html", text: templates.render(builder.view(ofPage: 0, at: "index.html"), template: "page"))
    }

    /// Theme assets, then the content files pages link to.
    func assetFiles() -> [OutputFile] {
        var files: [OutputFile] = []
        for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: path, contents: .data(data)))
        }
        var copied = Set<String>()
        for path in book.assets + (book.config.pdf.map { [$0.path] } ?? []) where copied.insert(path).inserted {
            files.append(OutputFile(path: path, contents: .copy(contentRoot.appendingPathComponent(path))))
        }
        return files
    }

    /// Pages are independent once resolved, so both cores render them.
    private func renderPages(_ builder: PageViewBuilder) -> [OutputFile] {
        let results = Parallel.map(Array(book.pages.indices)) { renderPage(builder, at: $0) }
        return zip(book.pages, results).map { OutputFile(path: $0.outputPath, text: $1) }
    }
}

/// `toc.js`: the whole-book table of contents as data, loaded by every page through a
/// `<script src>` so that pages stay small however many chapters the book has.
enum TOCScript {
    struct Entry: Encodable {
        let t: String
        let n: String?
        let p: String?
        let d: Int
        let part: String?
        /// Set on the first chapter after the parts, which stands outside them.
        let end: Bool?
    }

    static func render(_ toc: [TOCEntry]) -> String {
        let entries = toc.map { Entry(t: $0.title, n: $0.number, p: $0.path, d: $0.depth, part: $0.partTitle, end: $0.closesParts ? true : nil) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and integers cannot fail.
        let json = (try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        return "window.marrowTOC = \(json.replacingOccurrences(of: "<", with: "\\u003c"));\n"
    }
}

/// The first error thrown by any of several threads.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var error: Error?

    var isSet: Bool { lock.withLock { error != nil } }

    func record(_ error: Error) {
        lock.withLock { if self.error == nil { self.error = error } }
    }

    func rethrow() throws {
        if let error = lock.withLock({ error }) { throw error }
    }
}

/// A page that sends the reader on (mdBook's `[output.html.redirect]`): a meta refresh, which works
/// from disk and under the site's Content-Security-Policy, and a link for when it does not.
enum RedirectPage {
    static func html(to target: String) -> String {
        let url = HTMLEscaping.escape(target)
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Redirecting</title>
        <meta http-equiv="refresh" content="0; URL=\(url)">
        <link rel="canonical" href="\(url)">
        </head>
        <body>
        <p>This page has moved to <a href="\(url)">\(url)</a>.</p>
        </body>
        </html>

        """
    }
}
