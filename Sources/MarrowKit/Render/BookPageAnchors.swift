/// How one chapter's ids and in-book links change when every chapter shares one page, as on
/// `print.html`: each chapter is a section with the id `ch<N>` (N from 1 in reading order), its
/// own ids become `ch<N>-<id>`, and a link to `chapter.html#x` becomes `#ch<N>-x`. The digits
/// followed by `-` keep the ids of two chapters apart whatever their headings are called.
public struct BookPageAnchors: Sendable {
    /// The section id of each chapter, by output path from the site root.
    public var chapters: [String: String]
    /// The section id of the chapter being rendered.
    public var current: String
    /// Chapter titles are level-2 headings under the book's `h1`, so the chapter's own headings move one level down.
    public var headingShift = 1

    public init(chapters: [String: String], current: String) {
        self.chapters = chapters
        self.current = current
    }

    /// Section ids for the pages of a book, in reading order.
    public static func sectionIDs(forPages paths: [String]) -> [String: String] {
        var ids: [String: String] = [:]
        for (index, path) in paths.enumerated() { ids[path] = "ch\(index + 1)" }
        return ids
    }

    func id(_ anchor: String) -> String {
        current + "-" + anchor
    }

    /// `#ch<N>` or `#ch<N>-<fragment>` for a page of the book; nil for anything else (a download).
    func href(path: String, fragment: String?) -> String? {
        guard let chapter = chapters[path] else { return nil }
        return "#" + (fragment.map { chapter + "-" + $0 } ?? chapter)
    }

    func headingLevel(_ level: Int) -> Int {
        min(level + headingShift, 6)
    }
}
