import Foundation

/// The inverted index: for each stem, the documents it occurs in with a BM25 score each.
public struct SearchIndex: Sendable {
    public struct Postings: Sendable, Hashable {
        /// Ascending document numbers.
        public var documents: [Int]
        /// The stem's BM25F score in each document, idf included.
        public var scores: [Double]
    }

    public var documents: [SearchDocument]
    public var terms: [String: Postings]
}

/// Builds the index with BM25F: term frequencies weighted by field (chapter title above
/// section heading above body), normalised by the weighted length of the section.
public struct SearchIndexBuilder: Sendable {
    public static let titleWeight = 4.0
    public static let headingWeight = 2.5
    public static let bodyWeight = 1.0
    static let k1 = 1.2
    static let b = 0.75

    public init() {}

    public func build(_ documents: [SearchDocument]) -> SearchIndex {
        // Each document's weighted term counts, on all cores in slices that keep their own stem cache.
        let slice = 64
        let counted = Parallel.map(Array(stride(from: 0, to: documents.count, by: slice))) { first in
            var cache: [String: String] = [:]
            return documents[first..<min(first + slice, documents.count)].map { Self.weightedTerms(of: $0, cache: &cache) }
        }.flatMap { $0 }
        var frequencies: [String: [(doc: Int, weight: Double)]] = [:]
        var lengths: [Double] = []
        lengths.reserveCapacity(documents.count)
        for (number, (counts, length)) in counted.enumerated() {
            lengths.append(length)
            for (term, weight) in counts { frequencies[term, default: []].append((number, weight)) }
        }
        let total = Double(max(documents.count, 1))
        let average = max(lengths.reduce(0, +) / total, 1)
        var terms: [String: SearchIndex.Postings] = [:]
        for (term, list) in frequencies {
            let sorted = list.sorted { $0.doc < $1.doc }
            let df = Double(sorted.count)
            let idf = log(1 + (total - df + 0.5) / (df + 0.5))
            let scores = sorted.map { entry in
                let norm = Self.k1 * (1 - Self.b + Self.b * lengths[entry.doc] / average)
                return idf * entry.weight * (Self.k1 + 1) / (entry.weight + norm)
            }
            terms[term] = SearchIndex.Postings(documents: sorted.map(\.doc), scores: scores)
        }
        return SearchIndex(documents: documents, terms: terms)
    }

    /// The document's terms with their field-weighted counts, and its weighted length.
    private static func weightedTerms(of doc: SearchDocument, cache: inout [String: String]) -> (counts: [String: Double], length: Double) {
        var counts: [String: Double] = [:]
        var length = 0.0
        for (text, weight) in [(doc.titleText, titleWeight), (doc.headingText, headingWeight), (doc.bodyText, bodyWeight)] {
            for term in SearchTerms.terms(text, cache: &cache) {
                counts[term, default: 0] += weight
                length += weight
            }
        }
        return (counts, length)
    }
}
