import Foundation

/// `marrow package --format epub`: the whole book as an EPUB 3 for e-readers and phones. One XHTML
/// document per chapter (the site's HTML, `XHTMLSerializer`), the navigation document from
/// SUMMARY.md, the figures and a stylesheet of its own, accessibility metadata; the same sources
/// give the same bytes (fixed dates, sorted entries: `DeterministicZip`).
public struct EPUBPackager {
    public let layout: ProjectLayout

    public init(layout: ProjectLayout) {
        self.layout = layout
    }

    /// The package's files, by path inside the container, `mimetype` first; nil when the book has errors.
    public func files(diagnostics: inout [Diagnostic]) throws -> [(path: String, data: Data)]? {
        let (book, found) = try BuildPipeline(layout: layout).resolve()
        diagnostics += found
        guard !found.hasErrors else { return nil }
        return EPUBContents(book: book, contentRoot: layout.content).files()
    }

    /// Writes the package to `output` (atomically: a failed build leaves no file).
    public func write(to output: URL, diagnostics: inout [Diagnostic]) throws -> Bool {
        guard let files = try files(diagnostics: &diagnostics) else { return false }
        try DeterministicZip.write(files, to: output, storedFirst: "mimetype")
        return true
    }
}

/// The documents of the EPUB, made from the resolved book.
struct EPUBContents {
    let book: ResolvedBook
    let contentRoot: URL
    static let folder = "OEBPS/"

    func files() -> [(path: String, data: Data)] {
        var out: [(String, Data)] = [("mimetype", Data("application/epub+zip".utf8))]
        out.append(("META-INF/container.xml", Data(Self.container.utf8)))
        var manifest: [ManifestItem] = []
        let sizes = ImageSizeReader.sizes(of: book.assets, in: contentRoot)
        var documents: [(id: String, path: String)] = []
        for (index, page) in book.pages.enumerated() {
            let path = Self.documentPath(page.outputPath)
            var document = page.chapter.document
            EPUBQuizzes.rewrite(&document)
            var context = HTMLRenderer.Context(rootPrefix: ContentPath.rootPrefix(forPage: page.outputPath), pagePath: page.outputPath,
                                               allowRawHTML: book.config.allowRawHTML)
            context.imageSizes = sizes
            for heading in page.chapter.headings { context.sectionNumbers[heading.anchor] = heading.number }
            let body = XHTMLSerializer.xhtml(HTMLRenderer.render(document, context: context))
            let title = (page.number.map { $0 + " " } ?? "") + page.title
            let xhtml = Self.document(title: title, language: book.config.language, body: body,
                                      stylesheet: ContentPath.rootPrefix(forPage: page.outputPath) + "styles/book.css")
            var properties: [String] = []
            if body.contains("<math") { properties.append("mathml") }
            if body.contains("<svg") { properties.append("svg") }
            let id = "page-\(index + 1)"
            manifest.append(ManifestItem(id: id, href: path, mediaType: "application/xhtml+xml", properties: properties))
            documents.append((id, path))
            out.append((Self.folder + path, Data(xhtml.utf8)))
        }
        out.append((Self.folder + "nav.xhtml", Data(navigation().utf8)))
        manifest.append(ManifestItem(id: "nav", href: "nav.xhtml", mediaType: "application/xhtml+xml", properties: ["nav"]))
        out.append((Self.folder + "styles/book.css", Data(EPUBStyle.css.utf8)))
        manifest.append(ManifestItem(id: "style", href: "styles/book.css", mediaType: "text/css", properties: []))
        for (index, asset) in book.assets.enumerated() {
            guard let type = Self.mediaType(of: asset), let data = try? Data(contentsOf: contentRoot.appendingPathComponent(asset)) else { continue }
            manifest.append(ManifestItem(id: "asset-\(index + 1)", href: asset, mediaType: type, properties: []))
            out.append((Self.folder + asset, data))
        }
        out.append((Self.folder + "package.opf", Data(package(manifest: manifest, spine: documents.map(\.id)).utf8)))
        return out
    }

    struct ManifestItem {
        var id: String
        var href: String
        var mediaType: String
        var properties: [String]
    }

    static func documentPath(_ outputPath: String) -> String {
        outputPath.hasSuffix(".html") ? String(outputPath.dropLast(5)) + ".xhtml" : outputPath
    }

    static func mediaType(of path: String) -> String? {
        switch (path as NSString).pathExtension.lowercased() {
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        default: return nil
        }
    }

    static let container = """
    <?xml version="1.0" encoding="UTF-8"?>
    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
    <rootfiles>
    <rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/>
    </rootfiles>
    </container>

    """

    /// An XHTML content document of the book: `body` under the given title.
    static func page(title: String, language: String, stylesheet: String, body: String) -> String {
        let lang = XHTMLSerializer.escape(language)
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="\(lang)" xml:lang="\(lang)">
        <head>
        <meta charset="UTF-8"/>
        <title>\(XHTMLSerializer.escape(title))</title>
        <link rel="stylesheet" type="text/css" href="\(stylesheet)"/>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// A chapter's document: its title as the heading of the chapter's section.
    static func document(title: String, language: String, body: String, stylesheet: String) -> String {
        page(title: title, language: language, stylesheet: stylesheet, body: """
        <section epub:type="chapter" aria-labelledby="chapter-title">
        <h1 id="chapter-title">\(XHTMLSerializer.escape(title))</h1>
        \(body)
        </section>
        """)
    }

    /// The navigation document: SUMMARY.md's order and nesting, drafts left out.
    func navigation() -> String {
        var list = "<ol>\n"
        var current = -1
        for entry in book.toc {
            guard let path = entry.path else { continue }
            // A level below a draft left out is one below the last entry shown.
            let level = min(entry.depth, current + 1)
            if current < 0 {
                // The first entry.
            } else if level > current {
                list += "\n<ol>\n"
            } else {
                list += "</li>\n"
                for _ in level..<current { list += "</ol>\n</li>\n" }
            }
            current = level
            let label = (entry.number.map { $0 + " " } ?? "") + entry.title
            list += "<li><a href=\"\(XHTMLSerializer.escape(Self.documentPath(path)))\">\(XHTMLSerializer.escape(label))</a>"
        }
        if current >= 0 {
            list += "</li>\n"
            for _ in 0..<current { list += "</ol>\n</li>\n" }
        }
        list += "</ol>\n"
        return Self.page(title: "Contents", language: book.config.language, stylesheet: "styles/book.css", body: """
        <nav epub:type="toc" id="toc" aria-labelledby="toc-title">
        <h1 id="toc-title">Contents</h1>
        \(list)</nav>
        """)
    }

    /// The package document: metadata (accessibility included), manifest and spine.
    func package(manifest: [ManifestItem], spine: [String]) -> String {
        let config = book.config
        func x(_ text: String) -> String { XHTMLSerializer.escape(text) }
        var metadata = """
        <dc:identifier id="book-id">\(x(EPUBContents.identifier(config)))</dc:identifier>
        <dc:title>\(x(config.title))</dc:title>
        <dc:language>\(x(config.language))</dc:language>
        <meta property="dcterms:modified">\(EPUBContents.modified(book))</meta>

        """
        for author in config.authors { metadata += "<dc:creator>\(x(author))</dc:creator>\n" }
        if let description = config.description { metadata += "<dc:description>\(x(description))</dc:description>\n" }
        if let license = config.license { metadata += "<dc:rights>\(x(license))</dc:rights>\n" }
        let hasMath = manifest.contains { $0.properties.contains("mathml") }
        let hasImages = manifest.contains { $0.mediaType.hasPrefix("image/") }
        metadata += "<meta property=\"schema:accessMode\">textual</meta>\n"
        if hasImages { metadata += "<meta property=\"schema:accessMode\">visual</meta>\n" }
        metadata += "<meta property=\"schema:accessModeSufficient\">textual</meta>\n"
        var features = ["structuralNavigation", "tableOfContents", "readingOrder"]
        if hasImages { features.append("alternativeText") }
        if hasMath { features.append("MathML") }
        for feature in features { metadata += "<meta property=\"schema:accessibilityFeature\">\(feature)</meta>\n" }
        metadata += "<meta property=\"schema:accessibilityHazard\">none</meta>\n"
        metadata += "<meta property=\"schema:accessibilitySummary\">\(x(EPUBContents.accessibilitySummary(hasImages: hasImages, hasMath: hasMath)))</meta>\n"
        let items = manifest.map { item in
            "<item id=\"\(item.id)\" href=\"\(XHTMLSerializer.escape(item.href))\" media-type=\"\(item.mediaType)\""
                + (item.properties.isEmpty ? "" : " properties=\"\(item.properties.joined(separator: " "))\"") + "/>"
        }.joined(separator: "\n")
        let refs = spine.map { "<itemref idref=\"\($0)\"/>" }.joined(separator: "\n")
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="\(XHTMLSerializer.escape(config.language))">
        <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
        \(metadata)</metadata>
        <manifest>
        \(items)
        </manifest>
        <spine>
        \(refs)
        </spine>
        </package>

        """
    }

    static func accessibilitySummary(hasImages: Bool, hasMath: Bool) -> String {
        var parts = ["Chapters in reading order with a navigable table of contents and headings."]
        if hasImages { parts.append("Every figure has a text description in its caption.") }
        if hasMath { parts.append("Formulas are MathML.") }
        parts.append("Citations and footnotes link to their notes.")
        return parts.joined(separator: " ")
    }

    /// `identifier:` from book.yml, else one made from the title (the same book, the same id).
    static func identifier(_ config: BookConfig) -> String {
        if let id = config.identifier, !id.isEmpty { return id }
        return "urn:marrow:" + StableHash.hex(config.title + "\u{1}" + config.authors.joined(separator: "\u{1}"))
    }

    /// The package's date: the latest chapter review date, else a fixed one, so bytes do not change.
    static func modified(_ book: ResolvedBook) -> String {
        let latest = book.pages.compactMap { $0.chapter.source.frontMatter.reviewed?.iso }.max()
        return (latest ?? "2000-01-01") + "T00:00:00Z"
    }
}
