/// The index stage: the resolved book's pages, cut into sections (before rendering, so that the
/// trees can go once the pages are written), indexed and written as shard scripts under `search/`.
public enum SearchStage {
    /// Every section of the book, in reading order.
    static func documents(of book: ResolvedBook) -> [SearchDocument] {
        sectionsByPage(book.pages).flatMap { $0 }
    }

    /// Each page's sections, extracted on all cores (`marrow serve` keeps them page by page).
    static func sectionsByPage(_ pages: [ResolvedPage]) -> [[SearchDocument]] {
        Parallel.map(Array(pages.indices)) { SearchDocumentExtractor.documents(of: pages[$0]) }
    }

    /// Every file of the index for these sections (all of the book's, in reading order).
    /// `marrow serve` keeps each page's sections between saves and calls this with them.
    static func files(for documents: [SearchDocument], config: BookConfig) -> [OutputFile] {
        let index = SearchIndexBuilder().build(documents)
        return SearchShardWriter(synonyms: stemmedSynonyms(config.searchSynonyms)).files(for: index)
    }

    /// The folder of the site that holds the index.
    static let folder = "search/"

    /// Each group's entries as stems; entries left with no stem (only stop words) are dropped.
    static func stemmedSynonyms(_ groups: [[String]]) -> [[[String]]] {
        groups.compactMap { group in
            let alternatives = group.map(SearchTerms.terms).filter { !$0.isEmpty }
            return alternatives.count >= 2 ? alternatives : nil
        }
    }
}
