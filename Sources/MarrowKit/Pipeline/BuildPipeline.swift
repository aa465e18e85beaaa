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

        public init(mode: Mode = .write, warningsAsErrors: Bool = false) {
            self.mode = mode
            self.warningsAsErrors = warningsAsErrors
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
        let project = try ProjectLoader(layout: layout).load(diagnostics: &diagnostics)
        let chapters = ParseStage().parse(project.chapters, diagnostics: &diagnostics)
        var book = BookResolver().resolve(config: project.config, summary: project.summary, chapters: chapters,
                                          files: project.files, diagnostics: &diagnostics)
        let bibliographyFiles = try ProjectLoader(layout: layout).loadBibliographies(project.config.bibliography, diagnostics: &diagnostics)
        CitationStage(bibliography: Bibliography(files: bibliographyFiles, diagnostics: &diagnostics)).apply(to: &book, diagnostics: &diagnostics)
        RelatedChapters().apply(to: &book)
        let templates = TemplateSet(theme: project.theme, templatesDisplayPath: layout.displayPath(layout.templates),
                                    diagnostics: &diagnostics)
        if options.warningsAsErrors {
            diagnostics = diagnostics.map { d in
                var d = d
                if d.severity == .warning { d.severity = .error }
                return d
            }
        }
        var report = Report(diagnostics: diagnostics.sortedForOutput(), pageCount: book.pages.count, fileCount: 0,
                            differences: [], wroteOutput: false, seconds: 0)
        guard !diagnostics.hasErrors, let templates else {
            report.seconds = Date().timeIntervalSince(start)
            return report
        }
        let renderer = SiteRenderer(book: book, templates: templates, theme: project.theme, contentRoot: layout.content)
        switch options.mode {
        case .write:
            report.fileCount = try SiteWriter(output: layout.output).write { staging in
                try renderer.render(into: staging)
                for file in SearchStage(book: book).render() { try staging.write(file) }
            }
            report.wroteOutput = true
        case .compare:
            let files = renderer.render() + SearchStage(book: book).render()
            report.fileCount = files.count
            report.differences = try SiteComparer(output: layout.output).differences(files)
        case .check:
            report.fileCount = renderer.render().count + SearchStage(book: book).render().count
        }
        report.seconds = Date().timeIntervalSince(start)
        return report
    }
}
