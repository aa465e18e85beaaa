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
/// section heading above body), normalised by the weighted length of the section. A heading
/// counts five times a word of the body: a section named for the query ("Troubleshooting") comes
/// before a longer one that mentions it twice. Each page's matches are scaled by its `search: boost:`.
public struct SearchIndexBuilder: Sendable {
    public static let titleWeight = 8.0
    public static let headingWeight = 5.0
    public static let bodyWeight = 1.0
    static let k1 = 1.2
    static let b = 0.75

    public init() {}

    public func build(_ documents: [SearchDocument]) -> SearchIndex {
        // Each document's weighted term counts, on all cores in slices of their own vocabulary:
        // a word is hashed once per slice (to its stem's number there), not once per occurrence.
        let slice = 256
        let counted = Parallel.map(Array(stride(from: 0, to: documents.count, by: slice))) { first in
            var counter = SliceCounter()
            let docs = documents[first..<min(first + slice, documents.count)].map { counter.count($0) }
            return (stems: counter.stems, docs: docs)
        }
        // The slices' stems numbered book-wide; each stem's documents come in ascending order.
        var numbers: [String: Int] = [:]
        var stems: [String] = []
        var frequencies: [[(doc: Int, weight: Double)]] = []
        var lengths: [Double] = []
        lengths.reserveCapacity(documents.count)
        for part in counted {
            let global = part.stems.map { stem in
                if let known = numbers[stem] { return known }
                numbers[stem] = stems.count
                stems.append(stem)
                frequencies.append([])
                return stems.count - 1
            }
            for doc in part.docs {
                let number = lengths.count
                lengths.append(doc.length)
                for (local, weight) in doc.counts { frequencies[global[local]].append((number, weight)) }
            }
        }
        let total = Double(max(documents.count, 1))
        let average = max(lengths.reduce(0, +) / total, 1)
        var terms: [String: SearchIndex.Postings] = [:]
        terms.reserveCapacity(stems.count)
        for (stem, list) in zip(stems, frequencies) {
            let df = Double(list.count)
            let idf = log(1 + (total - df + 0.5) / (df + 0.5))
            let scores = list.map { entry in
                let norm = Self.k1 * (1 - Self.b + Self.b * lengths[entry.doc] / average)
                return idf * entry.weight * (Self.k1 + 1) / (entry.weight + norm) * documents[entry.doc].boost
            }
            terms[stem] = SearchIndex.Postings(documents: list.map(\.doc), scores: scores)
        }
        return SearchIndex(documents: documents, terms: terms)
    }

    /// Counts the terms of a run of documents against a vocabulary of its own: each word seen is
    /// looked up once, then counted by number into a table that is cleared after each document.
    private struct SliceCounter {
        /// Each word seen: the number of its stem in `stems`, or -1 for a stop word. ASCII words
        /// (nearly all) by their bytes, found without making a string; the others by their text.
        private var asciiWords = ByteStringTable()
        private var otherWords: [String: Int] = [:]
        private var stemNumbers: [String: Int] = [:]
        private(set) var stems: [String] = []
        private var weights: [Double] = []
        private var touched: [Int] = []

        /// The document's stems (numbers into `stems`) in order of first use, with their
        /// field-weighted counts, and its weighted length.
        mutating func count(_ doc: SearchDocument) -> (counts: [(Int, Double)], length: Double) {
            var length = 0.0
            for (text, weight) in [(doc.titleText, SearchIndexBuilder.titleWeight), (doc.headingText, SearchIndexBuilder.headingWeight),
                                   (doc.bodyText, SearchIndexBuilder.bodyWeight)] where !text.isEmpty {
                func add(_ number: Int) {
                    guard number >= 0 else { return }
                    if weights[number] == 0 { touched.append(number) }
                    weights[number] += weight
                    length += weight
                }
                SearchTokenizer.forEachWord(text, ascii: { word in
                    if let known = asciiWords.value(for: word) { return add(known) }
                    let number = stemNumber(of: String(decoding: word, as: UTF8.self))
                    asciiWords.insert(word, value: number)
                    add(number)
                }, other: { word in
                    if let known = otherWords[word] { return add(known) }
                    let number = stemNumber(of: word)
                    otherWords[word] = number
                    add(number)
                })
            }
            let counts = touched.map { ($0, weights[$0]) }
            for number in touched { weights[number] = 0 }
            touched.removeAll(keepingCapacity: true)
            return (counts, length)
        }

        /// The number of the word's stem, a new one for a stem not seen yet; -1 for a stop word.
        private mutating func stemNumber(of word: String) -> Int {
            guard let stem = SearchTerms.term(word) else { return -1 }
            if let known = stemNumbers[stem] { return known }
            stemNumbers[stem] = stems.count
            stems.append(stem)
            weights.append(0)
            return stems.count - 1
        }
    }
}
