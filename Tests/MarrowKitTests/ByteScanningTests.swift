import Foundation
import Testing
@testable import MarrowKit

/// The hot text loops work on UTF-8 bytes; these pin their behaviour on non-ASCII text.
@Suite struct ByteScanningTests {
    private func citations(_ text: String) -> [(keys: [String], source: String, offsets: [Int])] {
        CitationScanner().scan(text).compactMap { token in
            guard case .citation(let cluster, let offsets) = token else { return nil }
            return (cluster.items.map(\.key), cluster.source, offsets)
        }
    }

    @Test func bytePairs() {
        let brace = UInt8(ascii: "{")
        #expect(UTF8Bytes.contains("é {{#include a.md}}", brace, followedBy: brace))
        #expect(UTF8Bytes.contains("{{", brace, followedBy: brace))
        #expect(!UTF8Bytes.contains("{ {x} {", brace, followedBy: brace))
        #expect(!UTF8Bytes.contains("x{", brace, followedBy: brace))
        #expect(!UTF8Bytes.contains("", brace, followedBy: brace))
    }

    @Test func bracketedOffsetsAreUTF8Offsets() {
        let found = citations("Ça [@a; @b] more")
        #expect(found.count == 1)
        #expect(found.first?.keys == ["a", "b"])
        #expect(found.first?.source == "[@a; @b]")
        #expect(found.first?.offsets == [5, 9])
        #expect(CitationScanner().scan("Ça [@a] x").first == .text("Ça "))
    }

    @Test func nonASCIIKeysAndInTextLocators() {
        let tokens = CitationScanner().scan("é @clé [p. 3] then")
        guard tokens.count == 3, case .citation(let cluster, let offsets) = tokens[1] else {
            Issue.record("expected text, citation, text: \(tokens)")
            return
        }
        #expect(cluster.items.first?.key == "clé")
        #expect(cluster.items.first?.locator == "p. 3")
        #expect(cluster.source == "@clé [p. 3]")
        #expect(offsets == [3])
        #expect(tokens[2] == .text(" then"))
    }

    @Test func aWordCharacterBeforeTheAtIsNoCitation() {
        #expect(citations("x@y.org").isEmpty)
        #expect(citations("café@bar").isEmpty)
        #expect(citations("日本@bar").isEmpty)
        #expect(citations("— @bar").count == 1)
    }

    @Test func crossReferencesAndBracedKeys() {
        #expect(citations("see @fig-x and @FIG-y").isEmpty)
        #expect(citations("[@{weird key}]").first?.keys == ["weird key"])
    }

    @Test func unicodeWhiteSpaceIsTrimmedFromLocatorsAndPrefixes() {
        let tokens = CitationScanner().scan("[see\u{2003}@a,\u{00A0}p. 33\u{3000}]")
        guard case .citation(let cluster, _) = tokens.first else {
            Issue.record("no citation in \(tokens)")
            return
        }
        #expect(cluster.items.first?.prefix == "see")
        #expect(cluster.items.first?.locator == "p. 33")
        #expect(UTF8Bytes.trimmed("\u{00A0} a b \n\u{2028}") == "a b")
        #expect(UTF8Bytes.trimmed(" \t\n") == "")
        #expect(UTF8Bytes.trimmed("é") == "é")
    }

    @Test func frontMatterSplitsOnBytes() {
        var diagnostics: [Diagnostic] = []
        let chapter = FrontMatterParser().split("---\ntitle: Été\n---\n# Body\n", path: "a.md", displayPath: "content/a.md",
                                                diagnostics: &diagnostics)
        #expect(chapter.frontMatter.title == "Été")
        #expect(chapter.body == "# Body\n")
        #expect(chapter.bodyFirstLine == 4)
        let empty = FrontMatterParser().split("---\n...", path: "b.md", displayPath: "content/b.md", diagnostics: &diagnostics)
        #expect(empty.body == "")
        #expect(empty.bodyFirstLine == 3)
        #expect(diagnostics.isEmpty)
        _ = FrontMatterParser().split("---\ntitle: x\n", path: "c.md", displayPath: "content/c.md", diagnostics: &diagnostics)
        #expect(diagnostics.map(\.id) == ["front-matter-unclosed"])
    }
}
