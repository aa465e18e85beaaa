import Foundation

/// The load stage: reads `book.yml`, `SUMMARY.md`, the chapters it lists and the theme.
/// Content problems become diagnostics; only I/O failures throw.
public struct ProjectLoader {
    public let layout: ProjectLayout
    private let reader = SourceReader()

    /// A project file's text, or nil with its bad bytes reported.
    private func readText(_ url: URL, displayPath: String, diagnostics: inout [Diagnostic]) throws -> String? {
        switch try reader.read(url, displayPath: displayPath) {
        case .invalid(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .text(let text):
            return text
        }
    }
    private let files = FileManager.default

    public init(layout: ProjectLayout) {
        self.layout = layout
    }

    /// The page-not-found text, when the book has one and SUMMARY.md does not list it.
    static let notFoundPage = "404.md"

    public func load(diagnostics: inout [Diagnostic]) throws -> LoadedProject {
        var config = try loadConfig(diagnostics: &diagnostics)
        let summary = try loadSummary(diagnostics: &diagnostics)
        let index = ContentFiles(root: layout.content).index()
        let chapters = try loadChapters(listedIn: summary, index: index, diagnostics: &diagnostics)
        let markdown = index.files.union(index.escaping).filter { $0.hasSuffix(".md") }.sorted()
        let listed = Set(SummaryWalker.allLinks(summary).compactMap(\.path))
        var notFound: ChapterSource?
        if index.files.contains(Self.notFoundPage), !listed.contains(Self.notFoundPage) {
            notFound = try readChapter(Self.notFoundPage, diagnostics: &diagnostics)
        }
        // A file another chapter includes is part of that chapter, not a chapter left out.
        let included = Set(chapters.values.flatMap(\.includedFiles))
        warnAboutUnlistedChapters(markdown.filter { $0 != Self.notFoundPage && !included.contains(layout.displayPath(content: $0)) },
                                  listed: listed, diagnostics: &diagnostics)
        if let pdf = config.pdf {
            // The PDF is linked from every page: it must be a PDF inside content/ (`make pdf` writes build/book.pdf).
            let path = ContentPath.normalise(pdf.path)
            if path == nil || !index.files.contains(path!) || !pdf.path.lowercased().hasSuffix(".pdf") {
                let why = path == nil ? "is outside the content folder" : !pdf.path.lowercased().hasSuffix(".pdf") ? "is not a .pdf file" : "does not exist under content/"
                diagnostics.append(.error("pdf-missing", "pdf '\(pdf.path)' \(why)", at: pdf.location))
                config.pdf = nil
            } else {
                config.pdf = NamedPath(path: path!, location: pdf.location)
            }
        }
        var theme = try ThemeLoader(layout: layout).load()
        try BookExtras(layout: layout).add(to: &config, theme: &theme, pages: Set(chapters.keys.map(ContentPath.htmlPath(forMarkdown:))),
                                           diagnostics: &diagnostics)
        var project = LoadedProject(config: config, summary: summary, chapters: chapters, theme: theme, files: index)
        project.notFound = notFound
        return project
    }

    /// The bibliography files `book.yml` names (paths under `content/`), as text; a missing or
    /// unreadable file is reported where `book.yml` names it.
    public func loadBibliographies(_ paths: [String], diagnostics: inout [Diagnostic]) throws -> [BibliographyFile] {
        let configURL = layout.content.appendingPathComponent("book.yml")
        let configText = (try? String(contentsOf: configURL, encoding: .utf8)) ?? ""  // Only to locate the mention.
        var out: [BibliographyFile] = []
        for path in paths {
            let named = bookConfigLocation(of: path, in: configText)
            guard let normalised = ContentPath.normalise(path) else {
                diagnostics.append(.error("path-outside-content", "bibliography '\(path)' is outside the content folder", at: named))
                continue
            }
            if let file = try readBibliography(normalised, named: path, at: named, diagnostics: &diagnostics) { out.append(file) }
        }
        return out
    }

    /// A chapter's front matter `bibliography:` files, relative to the chapter's folder.
    func loadBibliographies(of chapter: ChapterSource, diagnostics: inout [Diagnostic]) throws -> [BibliographyFile] {
        var out: [BibliographyFile] = []
        for named in chapter.frontMatter.bibliography {
            guard let normalised = ContentPath.resolve(named.path, relativeTo: chapter.path) else {
                diagnostics.append(.error("path-outside-content", "bibliography '\(named.path)' is outside the content folder", at: named.location))
                continue
            }
            if let file = try readBibliography(normalised, named: named.path, at: named.location, diagnostics: &diagnostics) { out.append(file) }
        }
        return out
    }

    private func readBibliography(_ normalised: String, named path: String, at named: SourceLocation,
                                  diagnostics: inout [Diagnostic]) throws -> BibliographyFile? {
        let url = layout.content.appendingPathComponent(normalised)
        guard files.fileExists(atPath: url.path), ContentBoundary(root: layout.content).contains(url) else {
            var message = "bibliography '\(path)' does not exist"
            let candidates = try ContentFiles(root: layout.content).list().filter { $0.hasSuffix(".bib") || $0.hasSuffix(".json") }
            if let near = Suggestion.nearest(to: normalised, among: candidates) { message += "; did you mean '\(near)'?" }
            diagnostics.append(.error("bibliography-missing", message, at: named))
            return nil
        }
        let display = layout.displayPath(url)
        guard let text = try readText(url, displayPath: display, diagnostics: &diagnostics) else { return nil }
        return BibliographyFile(path: normalised, displayPath: display, text: text)
    }

    private func bookConfigLocation(of path: String, in text: String) -> SourceLocation {
        Self.firstMention(of: path, in: text, file: layout.displayPath(content: "book.yml"))
    }

    /// Where a settings file first names `needle` (its line and column), or its start: to place a
    /// diagnostic about a value the parser no longer knows the place of.
    static func firstMention(of needle: String, in text: String, file: String) -> SourceLocation {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) {
                return SourceLocation(file: file, line: index + 1, column: line.utf8.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }

    private func loadConfig(diagnostics: inout [Diagnostic]) throws -> BookConfig {
        if layout.settings == .bookTOML {
            let url = layout.root.appendingPathComponent("book.toml")
            let display = layout.displayPath(url)
            guard let text = try readText(url, displayPath: display, diagnostics: &diagnostics) else { return BookConfig() }
            return BookTomlReader(file: display).parse(text, sourceFolder: layout.displayPath(layout.content), diagnostics: &diagnostics)
        }
        let url = layout.content.appendingPathComponent("book.yml")
        let display = layout.displayPath(url)
        guard files.fileExists(atPath: url.path) else {
            diagnostics.append(.error("book-missing", "no book.yml in the content folder", at: SourceLocation(file: display, line: 0, column: 0)))
            return BookConfig()
        }
        guard let text = try readText(url, displayPath: display, diagnostics: &diagnostics) else { return BookConfig() }
        return BookConfigLoader().parse(text, file: display, diagnostics: &diagnostics)
    }

    private func loadSummary(diagnostics: inout [Diagnostic]) throws -> Summary {
        let url = layout.content.appendingPathComponent("SUMMARY.md")
        let display = layout.displayPath(url)
        guard files.fileExists(atPath: url.path) else {
            diagnostics.append(.error("summary-missing", "no SUMMARY.md in the content folder", at: SourceLocation(file: display, line: 0, column: 0)))
            return Summary()
        }
        guard let text = try readText(url, displayPath: display, diagnostics: &diagnostics) else { return Summary() }
        return SummaryParser().parse(text, file: display, diagnostics: &diagnostics)
    }

    private func loadChapters(listedIn summary: Summary, index: ContentFileIndex, diagnostics: inout [Diagnostic]) throws -> [String: ChapterSource] {
        var readable: [String] = []
        var firstListing: [String: SourceLocation] = [:]
        var firstPage: [String: (String, SourceLocation)] = [:]
        for link in SummaryWalker.allLinks(summary) {
            guard let path = link.path else { continue }
            if let first = firstListing[path] {
                diagnostics.append(.error("summary-duplicate", "'\(path)' is listed twice in SUMMARY.md (first at line \(first.line))", at: link.location))
                continue
            }
            firstListing[path] = link.location
            let page = ContentPath.htmlPath(forMarkdown: path)
            if let (other, first) = firstPage[page] {
                diagnostics.append(.error("summary-duplicate", "'\(path)' and '\(other)' (line \(first.line)) would both be '\(page)'", at: link.location))
                continue
            }
            firstPage[page] = (path, link.location)
            // A visible file inside content/ is known from the listing; anything else is looked at.
            if index.files.contains(path) {
                readable.append(path)
                continue
            }
            let url = layout.content.appendingPathComponent(path)
            guard files.fileExists(atPath: url.path) else {
                var message = "'\(path)' is listed in SUMMARY.md but does not exist"
                if let near = Suggestion.nearest(to: path, among: try markdownFiles()) { message += "; did you mean '\(near)'?" }
                diagnostics.append(.error("summary-missing-file", message, at: link.location))
                continue
            }
            guard ContentBoundary(root: layout.content).contains(url) else {
                diagnostics.append(.error("path-outside-content", "'\(path)' resolves outside the content folder", at: link.location))
                continue
            }
            readable.append(path)
        }
        // Read, decoded and split from their front matter on all cores; diagnostics in listing order.
        let read = Parallel.map(Array(readable.indices)) { number in
            var found: [Diagnostic] = []
            let chapter = Result { try readChapter(readable[number], diagnostics: &found) }
            return (chapter, found)
        }
        var chapters: [String: ChapterSource] = [:]
        for (path, (chapter, found)) in zip(readable, read) {
            diagnostics += found
            chapters[path] = try chapter.get()
        }
        return chapters
    }

    /// One listed chapter that exists inside `content/`: its front matter, body and own bibliography files.
    func readChapter(_ path: String, diagnostics: inout [Diagnostic]) throws -> ChapterSource? {
        let url = layout.content.appendingPathComponent(path)
        let display = layout.displayPath(url)
        guard let text = try readText(url, displayPath: display, diagnostics: &diagnostics) else { return nil }
        var chapter = FrontMatterParser().split(text, path: path, displayPath: display, diagnostics: &diagnostics)
        if let expanded = IncludeExpander(root: IncludeExpander.boundary(forBook: layout.root), displayPath: layout.displayPath).expand(chapter, file: url, diagnostics: &diagnostics) {
            chapter.body = expanded.body
            chapter.lineMap = expanded.lineMap
            chapter.headTitle = expanded.title
            chapter.includedFiles = expanded.files
        }
        chapter.bibliographyFiles = try loadBibliographies(of: chapter, diagnostics: &diagnostics)
        return chapter
    }

    private func warnAboutUnlistedChapters(_ markdown: [String], listed: Set<String>, diagnostics: inout [Diagnostic]) {
        for path in markdown where path != "SUMMARY.md" && !listed.contains(path) {
            diagnostics.append(.warning("chapter-unlisted", "'\(path)' is not listed in SUMMARY.md and will not be built",
                                        at: SourceLocation(file: layout.displayPath(content: path), line: 0, column: 0)))
        }
    }

    /// Every visible `.md` file under `content/`, sorted.
    private func markdownFiles() throws -> [String] {
        try ContentFiles(root: layout.content).list().filter { $0.hasSuffix(".md") }
    }
}

/// Visits the links of a summary in reading order.
public enum SummaryWalker {
    public static func allLinks(_ summary: Summary) -> [SummaryLink] {
        var out: [SummaryLink] = []
        func visit(_ links: [SummaryLink]) {
            for link in links {
                out.append(link)
                visit(link.children)
            }
        }
        visit(summary.prefix)
        for part in summary.parts { visit(part.chapters) }
        visit(summary.suffix)
        return out
    }
}
