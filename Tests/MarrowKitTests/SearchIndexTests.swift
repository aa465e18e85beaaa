import Foundation
import Testing
@testable import MarrowKit

struct SearchIndexTests {
    func doc(_ url: String, title: String = "", heading: String = "", body: String = "") -> SearchDocument {
        SearchDocument(url: url, chapter: "C", section: nil, titleText: title, headingText: heading, bodyText: body)
    }

    func ranking(_ term: String, _ index: SearchIndex) -> [String] {
        let postings = index.terms[term]!
        return zip(postings.documents, postings.scores).sorted { $0.1 > $1.1 }.map { index.documents[$0.0].url }
    }

    @Test func titleOutranksHeadingOutranksBody() {
        let filler = "alpha beta gamma delta epsilon"
        let index = SearchIndexBuilder().build([
            doc("body", heading: "other", body: "tibia " + filler),
            doc("heading", heading: "tibia", body: filler),
            doc("title", title: "tibia", body: filler),
            doc("none", body: filler),
        ])
        #expect(ranking("tibia", index) == ["title", "heading", "body"])
    }

    /// A heading that is the query outranks a longer section that mentions it twice in its body,
    /// and a page's `search: boost:` scales its matches.
    @Test func aSectionNamedForTheQueryComesFirstAndBoostScales() {
        let filler = "alpha beta gamma delta epsilon zeta eta theta iota kappa"
        var glossary = doc("glossary", heading: "tibia", body: "a bone")
        glossary.boost = 0.4
        let index = SearchIndexBuilder().build([
            doc("mentions", heading: "checklist", body: "tibia check " + filler + " tibia"),
            doc("teaches", heading: "tibia", body: filler + " " + filler),
            glossary,
        ])
        #expect(ranking("tibia", index) == ["teaches", "mentions", "glossary"])
    }

    @Test func frequencyRaisesAndLengthLowersTheScore() {
        let index = SearchIndexBuilder().build([
            doc("once-long", body: "tibia " + String(repeating: "word ", count: 60)),
            doc("twice", body: "tibia tibia other words here"),
            doc("once-short", body: "tibia other words here"),
            doc("none", body: "nothing"),
        ])
        #expect(ranking("tibia", index) == ["twice", "once-short", "once-long"])
    }

    @Test func rareTermsWeighMore() {
        let index = SearchIndexBuilder().build([
            doc("a", body: "common rare"), doc("b", body: "common"), doc("c", body: "common"),
        ])
        #expect(index.terms["rare"]!.scores[0] > index.terms["common"]!.scores[0])
    }

    @Test func postingsRoundTrip() {
        let postings = SearchIndex.Postings(documents: [0, 1, 40, 1_000, 70_000], scores: [0.1, 2, 1, 0.5, 2])
        let (text, maxScore) = PostingsEncoding.encode(postings)
        #expect(maxScore == 2)
        let decoded = PostingsEncoding.decode(text)
        #expect(decoded.map(\.document) == postings.documents)
        #expect(decoded.map(\.level) == [3, 63, 32, 16, 63])
        #expect(text.utf8.allSatisfy { PostingsEncoding.alphabet.contains($0) })
    }

    func syntheticIndex(documents: Int) -> SearchIndex {
        let words = ["tibia", "humerus", "femur", "needle", "marrow", "sepsis", "shock", "infant", "flush", "dose"]
        let docs = (0..<documents).map { n in
            doc("p\(n / 5).html#s\(n % 5)", heading: words[n % words.count],
                body: (0..<40).map { words[($0 * 7 + n * 3) % words.count] + ($0 % 4 == 0 ? "\(n % 50)" : "") }.joined(separator: " "))
        }
        return SearchIndexBuilder().build(docs)
    }

    @Test func shardWriterIsDeterministicAndBounded() {
        let index = syntheticIndex(documents: 1_200)
        let writer = SearchShardWriter(synonyms: [[["io"], ["intraoss"]]])
        let first = writer.files(for: index)
        let second = writer.files(for: SearchIndexBuilder().build(index.documents))
        #expect(first.map(\.path) == second.map(\.path))
        for (a, b) in zip(first, second) {
            guard case .data(let x) = a.contents, case .data(let y) = b.contents else { Issue.record("not data"); continue }
            #expect(x == y, "\(a.path)")
        }
        let sizes = Dictionary(uniqueKeysWithValues: first.map { file -> (String, Int) in
            guard case .data(let d) = file.contents else { return (file.path, 0) }
            return (file.path, d.count)
        })
        #expect(sizes.keys.filter { $0.hasPrefix("search/d/") }.count == 1_200 / writer.documentsPerFile)
        // A postings file holds one long list, or several that together stay within the bound
        // (plus the few bytes of the registration call).
        for (path, size) in sizes where path.hasPrefix("search/p/") {
            let text = first.first { $0.path == path }.map { file -> String in
                guard case .data(let d) = file.contents else { return "" }
                return String(decoding: d, as: UTF8.self)
            } ?? ""
            let lists = text.components(separatedBy: "\":\"").count - 1
            #expect(lists == 1 || size <= writer.postingsFileBytes + 64, "\(path): \(size) bytes, \(lists) lists")
        }
        #expect(sizes["search/meta.js"]! < 4_096)
        #expect(sizes.filter { $0.key.hasPrefix("search/v/") }.values.allSatisfy { $0 < 8_192 })
    }

    @Test func vocabularyShardsAreKeyedByTwoLettersAndNamedSafely() {
        #expect(SearchShardWriter.shardKey("intraoss") == "in")
        #expect(SearchShardWriter.shardKey("x") == "x")
        #expect(SearchShardWriter.fileName("in") == "in")
        #expect(SearchShardWriter.fileName("αβ") == "_3b1__3b2_")
    }

    @Test func synonymsAreStemmedAndStopWordOnlyEntriesDropped() {
        #expect(SearchStage.stemmedSynonyms([["IO", "intraosseous"], ["CBC", "complete blood count"], ["the", "IV"]]) ==
                [[["io"], ["intraoss"]], [["cbc"], ["complet", "blood", "count"]]])
    }

    @Test func javaScriptStringsCannotCloseTheScript() {
        #expect(JS.string("a \"b\" </script> \\ \n") == "\"a \\\"b\\\" \\u003c/script> \\\\ \\n\"")
        // Control characters and the two line separators JavaScript once ended strings at.
        #expect(JS.string("\u{1}\t\u{1F}x\u{2028}y\u{2029}é€") == "\"\\u0001\\u0009\\u001fx\\u2028y\\u2029é€\"")
    }

    @Test func whiteSpaceIsCollapsedAsStringSplittingDoes() {
        let samples = ["  a  b\t\nc  ", "\u{00A0}tibia\u{2003}and\u{3000}femur\u{2028}", "é \u{85} ü", "", " \n ", "one"]
        for text in samples {
            #expect(UTF8Bytes.collapsingWhitespace(text) == text.split(whereSeparator: \.isWhitespace).joined(separator: " "), "\(text.debugDescription)")
        }
    }
}
