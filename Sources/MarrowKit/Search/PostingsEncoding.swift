/// The compact text form of a posting list inside the shard scripts, decoded by `search.js`.
/// Each posting is the gap from the previous document number (first: number + 1) as a
/// variable-length number, then the score quantised to 1...63 of the stem's highest score, one
/// character. Digits come from a 64-character alphabet safe inside a JavaScript string:
/// a number is written in 5-bit groups, most significant first, every group but the last
/// taken from the upper half of the alphabet.
public enum PostingsEncoding {
    public static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)
    public static let levels = 63

    public static func encode(_ postings: SearchIndex.Postings) -> (text: String, maxScore: Double) {
        let maxScore = postings.scores.max() ?? 0
        var out: [UInt8] = []
        out.reserveCapacity(postings.documents.count * 2)
        var previous = -1
        for (doc, score) in zip(postings.documents, postings.scores) {
            appendNumber(doc - previous, to: &out)
            previous = doc
            out.append(alphabet[quantise(score, max: maxScore)])
        }
        return (String(decoding: out, as: UTF8.self), maxScore)
    }

    static func quantise(_ score: Double, max: Double) -> Int {
        guard max > 0 else { return 1 }
        return Swift.max(1, Swift.min(levels, Int((score / max * Double(levels)).rounded())))
    }

    static func appendNumber(_ value: Int, to out: inout [UInt8]) {
        var shift = 0
        while value >> (shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            out.append(alphabet[32 + (value >> shift) & 31])
            shift -= 5
        }
        out.append(alphabet[value & 31])
    }

    /// The inverse of `encode`, for tests: document numbers and quantised levels.
    public static func decode(_ text: String) -> [(document: Int, level: Int)] {
        var index: [UInt8: Int] = [:]
        for (i, c) in alphabet.enumerated() { index[c] = i }
        var out: [(Int, Int)] = []
        var previous = -1
        var number = 0
        var readingGap = true
        for c in text.utf8 {
            let v = index[c] ?? 0
            if readingGap {
                number = number * 32 + (v & 31)
                if v < 32 {
                    previous += number
                    number = 0
                    readingGap = false
                }
            } else {
                out.append((previous, v))
                readingGap = true
            }
        }
        return out
    }
}
