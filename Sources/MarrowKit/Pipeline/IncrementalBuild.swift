import Foundation

/// The builder behind `marrow serve`: builds the whole site once, keeps every stage's output
/// page by page, and after a save reads, parses and renders again only what the save changed
/// and what depends on it. The result is the same, byte for byte, as a fresh `BuildPipeline` run.
/// A change to `book.yml`, `SUMMARY.md`, the templates, or a file appearing or disappearing
/// under `content/`, rebuilds everything. Not thread-safe: one caller at a time.
public final class IncrementalBuild {
    public struct Result: Sendable {
        /// Every problem of the current sources, sorted.
        public var diagnostics: [Diagnostic]
        public var pageCount: Int
        /// Files of the site that are new or changed since the last good build (empty when this one failed).
        public var changed: [String: Data]
        /// Files of the last good build that the site no longer has.
        public var removed: [String]
        /// Whether everything was built again rather than only what the save touched.
        public var rebuiltEverything: Bool
        /// Chapter pages rendered again.
        public var renderedPages: Int
        public var seconds: Double

        public var failed: Bool { diagnostics.hasErrors }
    }

    public let layout: ProjectLayout
    /// The last good site: every output file's bytes by path from the site root.
    public private(set) var site: [String: Data] = [:]
    private var state: IncrementalState?
    /// Keeps every block it lexed: a save re-lexes only blocks that changed.
    private let highlighter = PygmentsHighlighter()
    private let mathConverter = KaTeXConverter()
    /// Pages a failed build could not render, rendered by the next good one.
    private var pending = Set<Int>()
    private var pendingEverything = true
    /// Content files the served site copies (images pages link to).
    private var servedAssets = Set<String>()
    /// Each page's search sections, kept between saves; pages whose sections must be extracted
    /// again, or nil when all must (see `refreshSearch`).
    private var searchDocuments: [[SearchDocument]] = []
    private var searchStale: Set<Int>? = nil

    public init(layout: ProjectLayout) {
        self.layout = layout
    }

    /// Every file a chapter includes (`{{#include}}`), for the watcher.
    public var includedFiles: [URL] {
        let paths = Set(state?.project.chapters.values.flatMap(\.includedFiles) ?? [])
        return paths.sorted().map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : layout.root.appendingPathComponent($0) }
    }

    /// Builds after the given files changed (absolute file URLs); nil or a first call builds everything.
    /// Throws only for environmental failures, as `BuildPipeline.run` does.
    public func build(changed files: [URL]? = nil) throws -> Result {
        let start = Date()
        var changedPages = Set<Int>()
        var everything = true
        if let files, state != nil, let pages = try reloadChapters(for: files) {
            changedPages = pages
            everything = false
        }
        if everything {
            state = try loadEverything()
            changedPages = Set(state!.pages.indices)
            pending = []
            pendingEverything = true
        }
        var render = state!.propagate(changed: changedPages, everything: everything)
        let diagnostics = state!.diagnostics
        var result = Result(diagnostics: diagnostics, pageCount: state!.book.pages.count, changed: [:], removed: [],
                            rebuiltEverything: everything, renderedPages: 0, seconds: 0)
        render.formUnion(pending)
        if diagnostics.hasErrors || state!.templates == nil {
            pending = render
        } else {
            let renderer = SiteRenderer(book: state!.book, templates: state!.templates!, theme: state!.project.theme, contentRoot: layout.content)
            let output = try pendingEverything ? SiteOutput.everything(renderer) : SiteOutput.pages(render, renderer)
            let unlinked = pendingEverything ? [] : servedAssets.subtracting(state!.book.assets)
            (result.changed, result.removed) = apply(output, replacingAll: pendingEverything, removing: unlinked)
            servedAssets = Set(state!.book.assets)
            // `takeSearchInput` extracts every page again when the page count changed.
            if pendingEverything { searchStale = nil } else { searchStale?.formUnion(render) }
            result.renderedPages = pendingEverything ? state!.book.pages.count : render.count
            pending = []
            pendingEverything = false
        }
        result.seconds = Date().timeIntervalSince(start)
        return result
    }

    /// What the search index is built from, taken after a good build: every page's sections.
    /// Building the index from it is the slow part and needs nothing else, so the server runs it
    /// off the watcher's thread while the edited page is already served.
    public struct SearchInput: Sendable {
        let documents: [SearchDocument]
        let config: BookConfig

        /// Every index file by path.
        public func files() -> [String: Data] {
            var output: [String: Data] = [:]
            for file in SearchStage.files(for: documents, config: config) {
                if case .data(let data) = file.contents { output[file.path] = data }
            }
            return output
        }
    }

    /// The input of the next index, when the last good build changed any page's sections since the
    /// last call (only the edited pages' sections are extracted again); nil when nothing changed.
    public func takeSearchInput() -> SearchInput? {
        guard let state, state.templates != nil, searchStale != [] else { return nil }
        let pages = state.book.pages
        if let stale = searchStale, searchDocuments.count == pages.count {
            for index in stale { searchDocuments[index] = SearchDocumentExtractor.documents(of: pages[index]) }
        } else {
            searchDocuments = SearchStage.sectionsByPage(pages)
        }
        searchStale = []
        return SearchInput(documents: searchDocuments.flatMap { $0 }, config: state.book.config)
    }

    /// Brings the search index in `site` up to date and returns the index files that changed or
    /// went away (the whole of it, on the calling thread).
    public func refreshSearch() -> (changed: [String: Data], removed: [String]) {
        guard let output = takeSearchInput()?.files() else { return ([:], []) }
        return Self.replaceSearchFiles(in: &site, with: output)
    }

    /// Puts a new index into a site's files; returns what differs.
    public static func replaceSearchFiles(in site: inout [String: Data], with output: [String: Data]) -> (changed: [String: Data], removed: [String]) {
        let stale = site.keys.filter { $0.hasPrefix(SearchStage.folder) && output[$0] == nil }
        return store(output, removing: stale, in: &site)
    }

    /// Writes `output` into `site` and drops `stale`; returns the files that differ and those dropped.
    private static func store(_ output: [String: Data], removing stale: some Sequence<String>,
                              in site: inout [String: Data]) -> (changed: [String: Data], removed: [String]) {
        var changed: [String: Data] = [:]
        for (path, data) in output where site[path] != data {
            changed[path] = data
            site[path] = data
        }
        let removed = stale.sorted()
        for path in removed { site[path] = nil }
        return (changed, removed)
    }

    /// Reads and parses again the chapters among `files`; nil when a change needs a whole rebuild.
    private func reloadChapters(for files: [URL]) throws -> Set<Int>? {
        guard var state else { return nil }
        // The watcher may report paths through symbolic links resolved.
        let contentRoots = Set([layout.content, layout.content.resolvingSymlinksInPath()].map { $0.standardizedFileURL.path + "/" })
        let templateRoots = Set([layout.templates, layout.templates.resolvingSymlinksInPath()].map { $0.standardizedFileURL.path })
        var chapters = Set<String>()
        var bibliographyChanged = false
        // The book's bibliographies and its CSL file: a change to either formats every citation again.
        let bookBibliographies = Set((state.project.config.bibliography + (state.project.config.csl.map { [$0.path] } ?? []))
            .compactMap(ContentPath.normalise))
        for url in files {
            let path = url.standardizedFileURL.path
            guard let contentRoot = contentRoots.first(where: { path.hasPrefix($0) }) else {
                if templateRoots.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { return nil }
                if layout.settings == .bookTOML, path == layout.root.appendingPathComponent("book.toml").standardizedFileURL.path { return nil }
                // A file a chapter includes, outside the content folder (mdBook's `listings/`).
                let shown = layout.displayPath(url)
                chapters.formUnion(state.project.chapters.values.filter { $0.includedFiles.contains(shown) }.map(\.path))
                continue
            }
            let relative = String(path.dropFirst(contentRoot.count))
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let exists = FileManager.default.fileExists(atPath: path)
            if exists != state.project.files.files.contains(relative) { return nil }
            if relative == "book.yml" || relative == "SUMMARY.md" { return nil }
            let included = state.project.chapters.values.filter { $0.includedFiles.contains(layout.displayPath(url)) }.map(\.path)
            chapters.formUnion(included)
            if state.project.chapters[relative] != nil {
                chapters.insert(relative)
            } else if !included.isEmpty {
                continue
            } else if bookBibliographies.contains(relative) {
                bibliographyChanged = true
            } else {
                let citing = state.project.chapters.values.filter { $0.bibliographyFiles.contains { $0.path == relative } }
                // Otherwise an image or other file: pages linking to it are unchanged, and rendering reads it again.
                chapters.formUnion(citing.map(\.path))
            }
        }
        let loader = ProjectLoader(layout: layout)
        var changed = Set<Int>()
        for path in chapters.sorted() {
            var found: [Diagnostic] = []
            guard let source = try loader.readChapter(path, diagnostics: &found),
                  source.frontMatter.draft == state.project.chapters[path]!.frontMatter.draft else { return nil }
            state.project.chapters[path] = source
            var parsed = ChapterParser(trustRawHTML: state.project.config.allowRawHTML, markdown: state.project.config.markdown).parse(source, diagnostics: &found)
            HighlightStage(highlighter: highlighter).apply(to: &parsed)
            MathStage(converter: mathConverter).apply(to: &parsed, diagnostics: &found)
            state.chapterDiagnostics[path] = found
            if let index = state.indexBySource[path] {
                state.replaceChapter(parsed, at: index)
                changed.insert(index)
            }
        }
        if bibliographyChanged { try loadBibliography(into: &state) }
        self.state = state
        return changed
    }

    /// Everything read and parsed from disk, as a fresh build does.
    private func loadEverything() throws -> IncrementalState {
        guard FileManager.default.fileExists(atPath: layout.content.path) else { throw MarrowError.notAProject(layout.content.path) }
        var diagnostics: [Diagnostic] = []
        let project = try ProjectLoader(layout: layout).load(diagnostics: &diagnostics)
        var parsed = ParseStage(trustRawHTML: project.config.allowRawHTML, markdown: project.config.markdown).parse(project.chapters, diagnostics: &diagnostics)
        HighlightStage(highlighter: highlighter).apply(to: &parsed, diagnostics: &diagnostics)
        MathStage(converter: mathConverter).apply(to: &parsed, diagnostics: &diagnostics)
        var state = IncrementalState(project: project, parsed: parsed)
        let chapterFiles = Dictionary(uniqueKeysWithValues: project.chapters.values.map { ($0.displayPath, $0.path) })
        for diagnostic in diagnostics {
            if let file = diagnostic.location?.file, let path = chapterFiles[file] {
                state.chapterDiagnostics[path, default: []].append(diagnostic)
            } else {
                state.bookDiagnostics.append(diagnostic)
            }
        }
        for path in project.chapters.keys where state.chapterDiagnostics[path] == nil { state.chapterDiagnostics[path] = [] }
        try loadBibliography(into: &state)
        state.templates = TemplateSet(theme: project.theme, templatesDisplayPath: layout.displayPath(layout.templates),
                                      diagnostics: &state.bookDiagnostics)
        return state
    }

    private func loadBibliography(into state: inout IncrementalState) throws {
        var found: [Diagnostic] = []
        let files = try ProjectLoader(layout: layout).loadBibliographies(state.project.config.bibliography, diagnostics: &found)
        state.bibliography = Bibliography(files: files, diagnostics: &found)
        state.style = CitationStyleLoader(layout: layout).load(state.project.config, diagnostics: &found)
        state.bibliographyDiagnostics = found
    }

    /// Puts rendered files into the site; returns what differs from before.
    private func apply(_ output: [String: Data], replacingAll: Bool, removing unlinked: Set<String>) -> (changed: [String: Data], removed: [String]) {
        // The index files are `refreshSearch`'s to replace.
        let stale = replacingAll ? Set(site.keys.filter { output[$0] == nil && !$0.hasPrefix(SearchStage.folder) }) : unlinked
        return Self.store(output, removing: stale, in: &site)
    }
}

/// Rendered files by path, for the in-memory site.
enum SiteOutput {
    static func everything(_ renderer: SiteRenderer) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for file in renderer.render() { out[file.path] = try data(of: file) }
        return out
    }

    /// Only the given pages (and the home copy when it is the first page); the book-wide files stay.
    static func pages(_ indices: Set<Int>, _ renderer: SiteRenderer) throws -> [String: Data] {
        let builder = renderer.makeViewBuilder()
        let order = indices.sorted()
        let html = Parallel.map(order) { renderer.renderPage(builder, at: $0) }
        var out: [String: Data] = [:]
        for (index, text) in zip(order, html) { out[renderer.book.pages[index].outputPath] = Data(text.utf8) }
        if indices.contains(0), let home = renderer.homeCopy(builder) { out[home.path] = try data(of: home) }
        // The print page holds every chapter, so any page that changed changes it too.
        if !indices.isEmpty, let print = renderer.printPage(builder) { out[print.path] = try data(of: print) }
        for path in renderer.book.assets { out[path] = try Data(contentsOf: renderer.contentRoot.appendingPathComponent(path)) }
        return out
    }

    static func data(of file: OutputFile) throws -> Data {
        switch file.contents {
        case .data(let data): return data
        case .copy(let url): return try Data(contentsOf: url)
        }
    }
}
