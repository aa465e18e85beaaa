/// The index stage: the resolved book's pages, cut into sections, indexed and written as
/// shard scripts under `search/`. Runs beside the render stage on the same trees.
public struct SearchStage: Sendable {
    let book: ResolvedBook

    public init(book: ResolvedBook) {
        self.book = book
    }

    public func render() -> [OutputFile] {
        let documents = book.pages.flatMap(SearchDocumentExtractor.documents(of:))
        let index = SearchIndexBuilder().build(documents)
        return SearchShardWriter(synonyms: Self.stemmedSynonyms(book.config.searchSynonyms)).files(for: index)
    }

    /// Each group's entries as stems; entries left with no stem (only stop words) are dropped.
    static func stemmedSynonyms(_ groups: [[String]]) -> [[[String]]] {
        groups.compactMap { group in
            let alternatives = group.map(SearchTerms.terms).filter { !$0.isEmpty }
            return alternatives.count >= 2 ? alternatives : nil
        }
    }
}
