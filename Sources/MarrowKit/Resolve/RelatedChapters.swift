/// "Read next": up to three chapters per page, ranked by shared citations, shared linked terms
/// (such as glossary entries) and direct links either way. Runs after citations are numbered.
public struct RelatedChapters {
    public static let limit = 3

    public init() {}

    public func apply(to book: inout ResolvedBook) {
        let profiles = book.pages.map(Profile.init)
        let candidates = book.pages.indices.filter { !book.config.numbering || book.pages[$0].number != nil }
        for index in book.pages.indices {
            var scored: [(score: Int, index: Int)] = []
            for other in candidates where other != index {
                let a = profiles[index], b = profiles[other]
                var score = 2 * a.citations.intersection(b.citations).count + a.terms.intersection(b.terms).count
                if a.linkedPages.contains(book.pages[other].outputPath) { score += 3 }
                if b.linkedPages.contains(book.pages[index].outputPath) { score += 3 }
                if score > 0 { scored.append((score, other)) }
            }
            scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            book.pages[index].readNext = scored.prefix(Self.limit).map(\.index)
        }
    }

    private struct Profile {
        var citations = Set<String>()
        /// Anchors on other pages linked from this one, as `page#anchor`.
        var terms = Set<String>()
        var linkedPages = Set<String>()

        init(_ page: ResolvedPage) {
            var profile = self
            page.chapter.document.forEach { node in
                switch node.kind {
                case .citation(let cluster):
                    for item in cluster.items { profile.citations.insert(item.key) }
                case .siteLink(let path, let fragment, _) where path != page.outputPath && path.hasSuffix(".html"):
                    profile.linkedPages.insert(path)
                    if let fragment { profile.terms.insert(path + "#" + fragment) }
                default:
                    break
                }
            }
            self = profile
        }
    }
}
