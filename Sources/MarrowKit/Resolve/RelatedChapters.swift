/// "Read next": up to three chapters per page (never the one before it), ranked by shared
/// citations, shared linked terms (such as glossary entries) and direct links either way. Runs after citations are numbered.
public struct RelatedChapters {
    public static let limit = 3

    public init() {}

    /// A citation or term shared by more chapters than this says little about any two of them,
    /// and skipping it keeps the work linear in the size of the book.
    public static let commonFeatureLimit = 50

    public func apply(to book: inout ResolvedBook) {
        let pages = book.pages
        let ranked = Self.rank(pages, profiles: Parallel.map(Array(pages.indices)) { Profile(pages[$0]) }, numbering: book.config.numbering)
        for index in book.pages.indices { book.pages[index].readNext = ranked[index] }
    }

    /// Every page's "Read next" from every page's profile.
    static func rank(_ pages: [ResolvedPage], profiles: [Profile], numbering: Bool) -> [[Int]] {
        let isCandidate = pages.map { !numbering || $0.number != nil }
        var byPath: [String: Int] = [:]
        for (index, page) in pages.enumerated() { byPath[page.outputPath] = index }
        var citing: [String: [Int]] = [:], linkingTerm: [String: [Int]] = [:], linkingPage: [Int: [Int]] = [:]
        for (index, profile) in profiles.enumerated() {
            for key in profile.citations { citing[key, default: []].append(index) }
            for term in profile.terms { linkingTerm[term, default: []].append(index) }
            for path in profile.linkedPages { if let target = byPath[path] { linkingPage[target, default: []].append(index) } }
        }
        return pages.indices.map { index in
            var scores: [Int: Int] = [:]
            func add(_ others: [Int]?, _ weight: Int) {
                guard let others, others.count <= Self.commonFeatureLimit else { return }
                // The page before is where the reader comes from: never suggested.
                for other in others where other != index && other != index - 1 && isCandidate[other] { scores[other, default: 0] += weight }
            }
            for key in profiles[index].citations { add(citing[key], 2) }
            for term in profiles[index].terms { add(linkingTerm[term], 1) }
            add(profiles[index].linkedPages.compactMap { byPath[$0] }, 3)
            add(linkingPage[index], 3)
            let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            return ranked.prefix(Self.limit).map(\.key)
        }
    }

    /// What one page cites and links to.
    struct Profile: Hashable {
        var citations = Set<String>()
        /// Anchors on other pages linked from this one, as `page#anchor`.
        var terms = Set<String>()
        var linkedPages = Set<String>()

        init(_ page: ResolvedPage) {
            var profile = self
            let outputPath = page.outputPath
            page.chapter.document.forEach { node in
                switch node.pointee.kind {
                case .citation(let cluster):
                    for item in cluster.items { profile.citations.insert(item.key) }
                case .siteLink(let path, let fragment, _) where path != outputPath && path.hasSuffix(".html"):
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
