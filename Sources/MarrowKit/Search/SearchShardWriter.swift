import Foundation

/// Writes the index as small scripts under `search/`, each registering its data with
/// `window.marrowSearch` when `search.js` adds it as a `<script src>` (file:// allows no fetch):
///
/// - `meta.js`: the document count, the vocabulary shard keys, stop words and synonyms;
/// - `v/<key>.js`: the stems that begin with `key` (their first two letters): document
///   frequency, highest score and the postings, inline when short, or the number of a
///   postings file. The browser stems the query with the same Porter2 and reads the stems of
///   one shard, which also gives prefix matches and one-edit typo matches without a dictionary;
/// - `p/<n>.js`: longer posting lists, packed in stem order up to `postingsFileBytes`;
/// - `d/<n>.js`: the titles, address and text of `documentsPerFile` sections, as deflated JSON,
///   loaded for the results shown (snippets, proximity).
///
/// Same index, same bytes: everything is written in sorted order.
public struct SearchShardWriter: Sendable {
    public var inlineLimit = 48
    public var postingsFileBytes = 16_384
    /// Sections per `d/<n>.js`, deflated together (base64 in the script): a result loads one of
    /// these. Larger groups deflate better (on the 2,000-chapter benchmark, groups of 16 take
    /// 4.7 MB instead of 5.8 MB) but each shown result then loads more: typed one letter at a time,
    /// a three-word query loaded 348 KB instead of 166 KB, over the 300 KB budget of a first query.
    public var documentsPerFile = 4
    public var synonyms: [[[String]]] = []

    public init(synonyms: [[[String]]] = []) {
        self.synonyms = synonyms
    }

    public func files(for index: SearchIndex) -> [OutputFile] {
        var files: [OutputFile] = []
        var shards: [String: [String]] = [:]
        var postingsFiles: [[String]] = []
        var currentFile: [String] = []
        var currentBytes = 0
        for stem in index.terms.keys.sorted() {
            let postings = index.terms[stem]!
            let (text, maxScore) = PostingsEncoding.encode(postings)
            let reference: String
            if text.utf8.count <= inlineLimit {
                reference = JS.string(text)
            } else {
                let entry = "\(JS.string(stem)):\(JS.string(text))"
                if !currentFile.isEmpty && currentBytes + entry.utf8.count + 1 > postingsFileBytes {
                    postingsFiles.append(currentFile)
                    currentFile = []
                    currentBytes = 0
                }
                currentFile.append(entry)
                currentBytes += entry.utf8.count + 1
                reference = String(postingsFiles.count)
            }
            let entry = "\(JS.string(stem)):[\(postings.documents.count),\(JS.number(maxScore)),\(reference)]"
            shards[Self.shardKey(stem), default: []].append(entry)
        }
        if !currentFile.isEmpty { postingsFiles.append(currentFile) }
        let keys = shards.keys.sorted()
        for key in keys {
            files.append(OutputFile(path: "search/v/\(Self.fileName(key)).js",
                                    text: "marrowSearch.addVocab(\(JS.string(key)),{\(shards[key]!.joined(separator: ","))});\n"))
        }
        for (number, entries) in postingsFiles.enumerated() {
            files.append(OutputFile(path: "search/p/\(number).js",
                                    text: "marrowSearch.addPostings(\(number),{\(entries.joined(separator: ","))});\n"))
        }
        let groups = Array(stride(from: 0, to: index.documents.count, by: documentsPerFile))
        files += Parallel.map(groups) { first in
            let group = index.documents[first..<min(first + documentsPerFile, index.documents.count)]
            let json = "[" + group.map { doc in
                var fields = ["\"u\":\(JS.string(doc.url))", "\"c\":\(JS.string(doc.chapter))"]
                if let section = doc.section { fields.append("\"s\":\(JS.string(section))") }
                fields.append("\"t\":\(JS.string(doc.bodyText))")
                return "{" + fields.joined(separator: ",") + "}"
            }.joined(separator: ",") + "]"
            let packed = Deflate.compress(Data(json.utf8)).base64EncodedString()
            return OutputFile(path: "search/d/\(first / documentsPerFile).js", text: "marrowSearch.addDocs(\(first),\"\(packed)\");\n")
        }
        let stop = SearchStopWords.all.sorted().map(JS.string).joined(separator: ",")
        let syn = synonyms.map { group in
            "[" + group.map { "[" + $0.map(JS.string).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
        }.joined(separator: ",")
        let meta = "marrowSearch.addMeta({\"docs\":\(index.documents.count),\"group\":\(documentsPerFile),\"vocab\":[\(keys.map(JS.string).joined(separator: ","))],"
            + "\"stop\":[\(stop)],\"syn\":[\(syn)]});\n"
        files.append(OutputFile(path: "search/meta.js", text: meta))
        return files
    }

    /// The vocabulary shard a stem belongs to: its first two characters.
    public static func shardKey(_ stem: String) -> String {
        String(String.UnicodeScalarView(stem.unicodeScalars.prefix(2)))
    }

    /// `a-z` and `0-9` as they are, anything else as `_<hex>_` (search.js names files the same way).
    public static func fileName(_ key: String) -> String {
        key.unicodeScalars.map { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                ? String(scalar) : "_\(String(scalar.value, radix: 16))_"
        }.joined()
    }
}

/// JavaScript literals for the shard scripts.
enum JS {
    /// A double-quoted string; `<` escaped so that no shard can contain `</script`.
    static func string(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes in
            var out: [UInt8] = [0x22]
            out.reserveCapacity(bytes.count + 2)
            var index = 0
            var run = 0 // start of the bytes not yet copied, which need no escape
            func escape(_ replacement: [UInt8], width: Int = 1) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                out += replacement
                index += width
                run = index
            }
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22: escape([0x5C, 0x22])
                case 0x5C: escape([0x5C, 0x5C])
                case 0x3C: escape(Array("\\u003c".utf8))
                case 0x0A: escape([0x5C, 0x6E])
                case ..<0x20: escape(Array("\\u00".utf8) + [hexDigit(byte >> 4), hexDigit(byte & 0xF)])
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end a line in older JavaScript.
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape(Array("\\u202".utf8) + [bytes[index + 2] == 0xA8 ? 0x38 : 0x39], width: 3)
                default: index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
            out.append(0x22)
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }

    /// A number with six significant digits, written the same on every platform.
    static func number(_ value: Double) -> String {
        String(format: "%.6g", value)
    }
}
