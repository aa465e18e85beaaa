/// Book-wide lookup of what a link may point at, built once for all pages.
struct LinkTargets {
    struct Page {
        let output: String
        let title: String
        let number: String?
        let headings: [String: HeadingInfo]
        /// The heading anchors, built once: links are checked against them many times.
        let anchors: Set<String>
        /// "2 Technique", or the title alone for unnumbered chapters.
        var label: String { number.map { "\($0) \(title)" } ?? title }
    }

    /// Output page by source path under `content/`.
    let pagesBySource: [String: Page]
    /// Source path by output page, for links written as mdBook authors write them (`chapter.html`).
    let sourceByOutput: [String: String]
    let drafts: Set<String>
    let files: ContentFileIndex
    let labels: LabelTable

    init(pages: [ResolvedPage], files: ContentFileIndex, drafts: Set<String>, labels: LabelTable) {
        var map: [String: Page] = [:]
        var sources: [String: String] = [:]
        for page in pages {
            sources[page.outputPath] = page.chapter.source.path
            var headings: [String: HeadingInfo] = [:]
            for heading in page.chapter.headings { headings[heading.anchor] = heading }
            map[page.chapter.source.path] = Page(output: page.outputPath, title: page.title, number: page.number, headings: headings,
                                                     anchors: Set(headings.keys).union(page.chapter.htmlAnchors))
        }
        pagesBySource = map
        sourceByOutput = sources
        self.files = files
        self.drafts = drafts
        self.labels = labels
    }
}
