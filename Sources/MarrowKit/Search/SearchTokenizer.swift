import Foundation

/// Splits text into search words, folded as `search-text.js` folds them: runs of letters,
/// digits and combining marks, each decomposed (NFKD), stripped of its diacritics and
/// lower-cased, then split again wherever folding left something that is not a letter or digit.
public enum SearchTokenizer {
    public static func words(_ text: String) -> [String] {
        var out: [String] = []
        forEachWord(text) { out.append($0) }
        return out
    }

    /// The same words, one at a time, without gathering them.
    static func forEachWord(_ text: String, _ body: (String) -> Void) {
        forEachWord(text, ascii: { body(String(decoding: $0, as: UTF8.self)) }, other: body)
    }

    /// The same words again, a word of ASCII letters and digits given as its lower-cased bytes
    /// (valid during the call only), any other as a string: the index counts most words without
    /// making a string of each.
    static func forEachWord(_ text: String, ascii: (UnsafeBufferPointer<UInt8>) -> Void, other: (String) -> Void) {
        var utf8 = text
        utf8.withUTF8 { bytes in
            // Runs of ASCII letters and digits, and of any non-ASCII bytes; only the latter need
            // Unicode classification and folding. A run already in lower case is passed as it stands.
            var start = 0
            var isASCII = true
            var hasUpper = false
            func flush(_ end: Int) {
                guard end > start else { return }
                let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if !isASCII {
                    unicodeWords(String(decoding: run, as: UTF8.self)).forEach(other)
                } else if !hasUpper {
                    ascii(run)
                } else {
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: run.count) { lowered in
                        for index in run.indices { lowered[index] = run[index] >= 0x41 && run[index] <= 0x5A ? run[index] + 32 : run[index] }
                        ascii(UnsafeBufferPointer(lowered))
                    }
                }
            }
            for index in bytes.indices {
                let byte = bytes[index]
                if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) { continue }
                if byte >= 0x41 && byte <= 0x5A { hasUpper = true; continue }
                if byte >= 0x80 { isASCII = false; continue }
                flush(index)
                start = index + 1
                isASCII = true
                hasUpper = false
            }
            flush(bytes.count)
        }
    }

    private static func unicodeWords(_ text: String) -> [String] {
        var out: [String] = []
        var run = String.UnicodeScalarView()
        func flush() {
            guard !run.isEmpty else { return }
            out.append(contentsOf: split(fold(String(run))))
            run.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar, allowMarks: true) { run.append(scalar) } else { flush() }
        }
        flush()
        return out
    }

    /// NFKD, without the combining diacritical marks (U+0300 to U+036F), lower-cased.
    public static func fold(_ word: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in word.decomposedStringWithCompatibilityMapping.unicodeScalars
        where !(0x300...0x36F).contains(scalar.value) {
            kept.append(scalar)
        }
        return String(kept).lowercased()
    }

    private static func split(_ folded: String) -> [String] {
        folded.unicodeScalars.split { !isWordScalar($0, allowMarks: false) }.map { String(String.UnicodeScalarView($0)) }
    }

    /// Letters and numbers (`\p{L}`, `\p{N}`), and marks (`\p{M}`) when asked.
    static func isWordScalar(_ scalar: Unicode.Scalar, allowMarks: Bool) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return allowMarks
        default:
            return false
        }
    }
}

/// Words too common to help a search; dropped from the index and from queries (the list is
/// written into `search/meta.js` so that the browser drops the same ones).
public enum SearchStopWords {
    public static let all: Set<String> = [
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "may", "me", "more", "most", "must", "my", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "out", "over", "own", "s", "same", "she", "should", "so", "some",
        "such", "t", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
        "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
    ]
}

/// Folding, stop words and stemming together: the terms a text is indexed under.
public enum SearchTerms {
    public static func terms(_ text: String) -> [String] {
        SearchTokenizer.words(text).compactMap(term)
    }

    /// The stem a folded word is indexed under; nil for a stop word.
    static func term(_ word: String) -> String? {
        SearchStopWords.all.contains(word) ? nil : Porter2Stemmer.stem(word)
    }
}
