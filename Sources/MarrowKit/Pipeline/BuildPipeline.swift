import CSystemShims
import Foundation

/// The whole pipeline: load -> parse -> resolve -> render and index -> write. `check` stops before writing.
public struct BuildPipeline {
    public enum Mode: Sendable {
        /// Build and swap the result into the output folder.
        case write
        /// Build in memory and compare with the output folder, writing nothing.
        case compare
        /// Build in memory only (`marrow check`).
        case check
    }

    public struct Options: Sendable {
        public var mode: Mode
        public var warningsAsErrors: Bool
        /// Measure each stage's peak memory (`--timings`). On Linux this restarts the kernel's
        /// high-water mark at every stage, so a tool reading the process's maximum resident size
        /// afterwards (`/usr/bin/time`) sees only the last stage's: off unless asked for.
        public var stagePeaks: Bool

        public init(mode: Mode = .write, warningsAsErrors: Bool = false, stagePeaks: Bool = false) {
            self.mode = mode
            self.warningsAsErrors = warningsAsErrors
            self.stagePeaks = stagePeaks
        }
    }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var pageCount: Int
        public var fileCount: Int
        /// For `.compare`: how the output folder differs from a fresh build.
        public var differences: [String]
        public var wroteOutput: Bool
        public var seconds: Double
        /// Each stage's wall and CPU time, in the order they ran (`--timings`).
        public var timings: [StageTiming] = []
        /// The book's settings and its pages' paths in reading order, for what is built on the
        /// site (`marrow package --format scorm-...`).
        public var config: BookConfig?
        public var pagePaths: [String] = []

        public var failed: Bool { diagnostics.hasErrors || !differences.isEmpty }
    }

    public let layout: ProjectLayout
    public let options: Options

    public init(layout: ProjectLayout, options: Options = Options()) {
        self.layout = layout
        self.options = options
    }

    /// Throws only for environmental failures (unreadable folders, a full disk).
    public func run() throws -> Report {
        let start = Date()
        var diagnostics: [Diagnostic] = []
        guard FileManager.default.fileExists(atPath: layout.content.path) else {
            throw MarrowError.notAProject(layout.content.path)
        }
        var clock = StageClock(peaks: options.stagePeaks)
        var (book, theme) = try resolvedBook(diagnostics: &diagnostics, clock: &clock)
        // Each stage replaced the trees of the one before: give the freed pages back, so that the
        // peak is what the remaining stages hold (the same after rendering, when the trees go).
        marrow_release_free_memory()
        let templates = clock.time("templates") {
            TemplateSet(theme: theme, templatesDisplayPath: layout.displayPath(layout.templates), diagnostics: &diagnostics)
        }
        if options.warningsAsErrors {
            diagnostics = diagnostics.map { d in
                var d = d
                if d.severity == .warning { d.severity = .error }
                return d
            }
        }
        var report = Report(diagnostics: diagnostics.sortedForOutput(), pageCount: book.pages.count, fileCount: 0,
                            differences: [], wroteOutput: false, seconds: 0)
        report.config = book.config
        report.pagePaths = book.pages.map(\.outputPath)
        guard !diagnostics.hasErrors, let templates else {
            report.seconds = Date().timeIntervalSince(start)
            report.timings = clock.timings
            return report
        }
        // The index needs only each section's text: taken out first, so that the page trees can be
        // let go once the pages are rendered and the index is built beside the text alone.
        let documents = clock.time("search sections") { SearchStage.documents(of: book) }
        let config = book.config
        func renderPages<T>(_ render: (SiteRenderer) throws -> T) rethrows -> T {
            defer {
                // Letting go of every tree takes a while: both cores share it.
                Parallel.update(&book.pages) { _, page in page.chapter.document = MarkdownNode(.document) }
                book = ResolvedBook(config: config, pages: [], toc: [], assets: [])
                marrow_release_free_memory()
            }
            return try render(SiteRenderer(book: book, templates: templates, theme: theme, contentRoot: layout.content))
        }
        switch options.mode {
        case .write:
            report.fileCount = try SiteWriter(output: layout.output).write { staging in
                try renderPages { try $0.render(into: staging) }
                clock.lap("render and write pages")
                for file in SearchStage.files(for: documents, config: config) { try staging.write(file) }
                clock.lap("search index")
            }
            clock.lap("swap")
            report.wroteOutput = true
        case .compare:
            let pages = clock.time("render pages") { renderPages { $0.render() } }
            let files = pages + clock.time("search index") { SearchStage.files(for: documents, config: config) }
            report.fileCount = files.count
            report.differences = try clock.time("compare") { try SiteComparer(output: layout.output).differences(files) }
        case .check:
            let pages = clock.time("render pages") { renderPages { $0.render().count } }
            report.fileCount = pages + clock.time("search index") { SearchStage.files(for: documents, config: config).count }
        }
        report.seconds = Date().timeIntervalSince(start)
        report.timings = clock.timings
        return report
    }

    /// The book ready to render and what was found on the way, for packagers (`marrow package`).
    public func resolve() throws -> (book: ResolvedBook, diagnostics: [Diagnostic]) {
        guard FileManager.default.fileExists(atPath: layout.content.path) else { throw MarrowError.notAProject(layout.content.path) }
        var diagnostics: [Diagnostic] = []
        var clock = StageClock(peaks: false)
        let (book, _) = try resolvedBook(diagnostics: &diagnostics, clock: &clock)
        return (book, diagnostics)
    }

    /// Load, parse, resolve, cite and relate: the book ready to render, with the theme. The pages
    /// keep their trees, not their Markdown text (the citation stage lets it go).
    private func resolvedBook(diagnostics: inout [Diagnostic], clock: inout StageClock) throws -> (ResolvedBook, Theme) {
        var project = try ProjectLoader(layout: layout).load(diagnostics: &diagnostics)
        clock.lap("load")
        var chapters = ParseStage(trustRawHTML: project.config.allowRawHTML, markdown: project.config.markdown).parse(project.chapters, diagnostics: &diagnostics)
        HighlightStage(highlighter: PygmentsHighlighter()).apply(to: &chapters, diagnostics: &diagnostics)
        MathStage(converter: KaTeXConverter()).apply(to: &chapters, diagnostics: &diagnostics)
        // The parsed chapters hold the same Markdown text: letting the loaded copies go here is
        // what lets the text go once the citation stage has no more use for it.
        project.chapters = [:]
        clock.lap("parse")
        var book = BookResolver().resolve(config: project.config, summary: project.summary, chapters: chapters,
                                          files: project.files, diagnostics: &diagnostics)
        // The pages now hold the trees: held here as well, every node the later stages change would
        // be copied first (about 20 MB more at the citation stage's peak on 2,000 chapters).
        chapters = [:]
        book.notFound = project.notFound.map { ChapterParser(trustRawHTML: project.config.allowRawHTML, markdown: project.config.markdown).parse($0, diagnostics: &diagnostics) }
        clock.lap("resolve")
        let bibliographyFiles = try ProjectLoader(layout: layout).loadBibliographies(project.config.bibliography, diagnostics: &diagnostics)
        let bibliography = Bibliography(files: bibliographyFiles, diagnostics: &diagnostics)
        let style = CitationStyleLoader(layout: layout).load(project.config, diagnostics: &diagnostics)
        clock.lap("bibliography")
        CitationStage(bibliography: bibliography, style: style).apply(to: &book, diagnostics: &diagnostics)
        clock.lap("citations")
        RelatedChapters().apply(to: &book)
        book.linkPreviews = LinkPreviews.table(book.pages)
        clock.lap("read next")
        return (book, project.theme)
    }
}
