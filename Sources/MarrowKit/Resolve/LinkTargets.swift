/// Book-wide lookup of what a link may point at, built once for all pages.
struct LinkTargets {
    /// Output page and anchors by source path under `content/`.
    let pagesBySource: [String: (output: String, anchors: Set<String>)]
    let drafts: Set<String>
    let files: ContentFileIndex

    init(pages: [ResolvedPage], files: ContentFileIndex, drafts: Set<String>) {
        self.files = files
        var map: [String: (output: String, anchors: Set<String>)] = [:]
        for page in pages {
            map[page.chapter.source.path] = (page.outputPath, page.chapter.anchors)
        }
        pagesBySource = map
        self.drafts = drafts
    }
}
