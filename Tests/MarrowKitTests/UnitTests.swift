import Foundation
import Testing
@testable import MarrowKit

@Suite struct SlugTests {
    @Test func githubSlugs() {
        #expect(HeadingSlugger.slug("Sites by Age") == "sites-by-age")
        #expect(HeadingSlugger.slug("What's IO? (Intro)") == "whats-io-intro")
        #expect(HeadingSlugger.slug("Émile's café_2") == "émiles-café_2")
        #expect(HeadingSlugger.slug("a -- b") == "a----b")
    }

    @Test func repeatsGetNumberedSuffixes() {
        var slugger = HeadingSlugger()
        #expect(slugger.unique(for: "Sites") == "sites")
        #expect(slugger.unique(for: "Sites") == "sites-1")
        #expect(slugger.unique(for: "Sites") == "sites-2")
        #expect(slugger.unique(for: "!!!") == "section")
    }

    @Test func reservedIDsAreSkipped() {
        var slugger = HeadingSlugger()
        slugger.reserve("sites")
        #expect(slugger.unique(for: "Sites") == "sites-1")
    }
}

@Suite struct SuggestionTests {
    @Test func transpositionIsOneEdit() {
        #expect(Suggestion.editDistance("strat", "start") == 1)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    }

    @Test func suggestsOnlyNearNames() {
        #expect(Suggestion.nearest(to: "langauge", among: ["language", "license"]) == "language")
        #expect(Suggestion.nearest(to: "zzz", among: ["language", "license"]) == nil)
    }
}

@Suite struct ContentPathTests {
    @Test func normalisesAndRejectsEscapes() {
        #expect(ContentPath.normalise("a/./b/../c.md") == "a/c.md")
        #expect(ContentPath.normalise("../x.md") == nil)
        #expect(ContentPath.normalise("/etc/passwd") == nil)
        #expect(ContentPath.resolve("../b.md", relativeTo: "dir/a.md") == "b.md")
        #expect(ContentPath.resolve("../../b.md", relativeTo: "dir/a.md") == nil)
    }

    @Test func rootPrefixFollowsDepth() {
        #expect(ContentPath.rootPrefix(forPage: "index.html") == "")
        #expect(ContentPath.rootPrefix(forPage: "a/b/c.html") == "../../")
        #expect(ContentPath.htmlPath(forMarkdown: "a/b.md") == "a/b.html")
    }
}

@Suite struct MarkdownNodeRewriteTests {
    @Test func changesInPlaceChildrenFirstWithoutTouchingACopy() {
        let original = MarkdownNode(.document, children: [
            MarkdownNode(.paragraph, children: [MarkdownNode(.text("a")), MarkdownNode(.emphasis, children: [MarkdownNode(.text("b"))])]),
            MarkdownNode(.thematicBreak),
        ])
        var changed = original
        var visited: [String] = []
        changed.rewrite { node in
            if case .text(let s) = node.kind {
                visited.append(s)
                node.kind = .text(s.uppercased())
            } else {
                visited.append("\(node.kind)".components(separatedBy: "(").first!)
            }
        }
        #expect(visited == ["a", "b", "emphasis", "paragraph", "thematicBreak", "document"])
        #expect(changed.plainText == "AB")
        // The copy taken before shares the storage the rewrite changed: it must still read "ab".
        #expect(original.plainText == "ab")
        var shared = changed
        shared.changeEachChild { $0 = MarkdownNode(.thematicBreak) }
        #expect(changed.children.map(\.kind) == [.paragraph, .thematicBreak])
        #expect(shared.children.map(\.kind) == [.thematicBreak, .thematicBreak])
    }

    /// The walks by address see every node once, parents before children, in document order, and
    /// the node each address points to is the one in the tree (payload and range included).
    @Test func walksByAddressVisitEveryNodeInOrder() {
        let tree = MarkdownNode(.document, children: [
            MarkdownNode(.heading(level: 2, anchor: "sites"), children: [MarkdownNode(.text("Sites"))],
                         range: SourceRange(startLine: 1, startColumn: 1, endLine: 1, endColumn: 8)),
            MarkdownNode(.paragraph, children: [
                MarkdownNode(.text("a")),
                MarkdownNode(.link(destination: "x.md", title: ""), children: [MarkdownNode(.code("b"))]),
                MarkdownNode(.softBreak),
            ]),
            MarkdownNode(.thematicBreak),
        ])
        var seen: [MarkdownNode] = []
        tree.forEach { seen.append($0.pointee) }
        var expected: [MarkdownNode] = []
        func collect(_ node: MarkdownNode) {
            expected.append(node)
            for child in node.children { collect(child) }
        }
        collect(tree)
        #expect(seen == expected)
        #expect(seen.count == 9)
        var children: [MarkdownNode] = []
        tree.forEachChild { children.append($0.pointee) }
        #expect(children == tree.children)
        var grandchildren: [MarkdownNode.Kind] = []
        tree.forEachChild { child in child.forEachChild { grandchildren.append($0.pointee.kind) } }
        #expect(grandchildren == [.text("Sites"), .text("a"), .link(destination: "x.md", title: ""), .softBreak])
        var none = 0
        MarkdownNode(.thematicBreak).forEachChild { _ in none += 1 }
        #expect(none == 0)
    }
}

@Suite struct MarkdownParserThreadTests {
    /// Parsers made and used on many threads at once (as the parse stage and parallel tests do)
    /// give the same trees as one parser alone, with every GFM extension attached.
    @Test func parsersOnManyThreadsAgree() {
        let text = "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done ~~old~~ www.example.com\n\nNote[^n].\n\n[^n]: Foot.\n"
        let expected = MarkdownParser().parse(text)
        let results = Parallel.map(Array(0..<2_000)) { _ in MarkdownParser().parse(text) }
        #expect(results.allSatisfy { $0 == expected })
        var kinds: [String] = []
        expected.forEach { kinds.append("\($0.pointee.kind)".components(separatedBy: "(").first!) }
        #expect(kinds.contains("table") && kinds.contains("strikethrough") && kinds.contains("footnoteReference"))
        #expect(expected.children.contains { $0.kind == .list(ordered: false, start: 0, tight: true) || "\($0.kind)".hasPrefix("list") })
    }
}

@Suite struct SourceRangeTests {
    @Test func keepsEachFieldAndClampsBeyondThirtyTwoBits() {
        var range = SourceRange(startLine: 3, startColumn: 70_000_000, endLine: 4, endColumn: 9)
        #expect((range.startLine, range.startColumn, range.endLine, range.endColumn) == (3, 70_000_000, 4, 9))
        range.endColumn = 12
        #expect(range != SourceRange(startLine: 3, startColumn: 70_000_000, endLine: 4, endColumn: 9))
        #expect(range == SourceRange(startLine: 3, startColumn: 70_000_000, endLine: 4, endColumn: 12))
        #expect(Set([range, range]).count == 1)
        #expect(SourceRange(startLine: 1, startColumn: Int.max, endLine: 1, endColumn: 1).startColumn == Int(Int32.max))
        #expect(MemoryLayout<SourceRange>.size == 16)
    }
}

@Suite struct SourceReaderTests {
    @Test func invalidUTF8IsLocated() {
        let data = Data("ok\nab".utf8) + Data([0xFF]) + Data("c\n".utf8)
        guard case .invalid(let d) = SourceReader().decode(data, displayPath: "content/x.md") else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(DiagnosticFormatter().format(d) == "content/x.md:2:3: error: file is not valid UTF-8 (byte 0xFF) [invalid-utf8]")
    }

    @Test func nulByteIsLocated() {
        guard case .invalid(let d) = SourceReader().decode(Data([0x61, 0x00]), displayPath: "x.md") else {
            Issue.record("NUL byte was accepted")
            return
        }
        #expect(d.id == "nul-byte")
        #expect(d.location == SourceLocation(file: "x.md", line: 1, column: 2))
    }

    @Test func byteOrderMarkAndCRLFAreNormalised() {
        guard case .text(let text) = SourceReader().decode(Data([0xEF, 0xBB, 0xBF]) + Data("a\r\nb".utf8), displayPath: "x") else {
            Issue.record("valid text was rejected")
            return
        }
        #expect(text == "a\nb")
    }
}

@Suite struct DiagnosticFormatterTests {
    let diagnostic = Diagnostic.error("link-missing-file", "'a.md' does not exist", at: SourceLocation(file: "content/x.md", line: 3, column: 7))

    @Test func textIsCompilerStyle() {
        #expect(DiagnosticFormatter().format(diagnostic) == "content/x.md:3:7: error: 'a.md' does not exist [link-missing-file]")
    }

    @Test func githubAnnotation() {
        #expect(DiagnosticFormatter(format: .github).format(diagnostic)
                == "::error file=content/x.md,line=3,col=7,title=link-missing-file::'a.md' does not exist")
    }
}

@Suite struct SummaryParserTests {
    @Test func readsPrefixPartsNestingDraftsAndSuffix() {
        var diagnostics: [Diagnostic] = []
        let text = """
        # Summary

        [Preface](preface.md)

        # Basics

        - [One](one.md)
          - [One A](one/a.md)
        - [Draft]()

        # More

        - [Two](two%20words.md)

        ---

        [Appendix](appendix.md)
        """
        let summary = SummaryParser().parse(text, file: "SUMMARY.md", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(summary.prefix.map(\.path) == ["preface.md"])
        #expect(summary.parts.map(\.title) == ["Basics", "More"])
        #expect(summary.parts[0].chapters.map(\.title) == ["One", "Draft"])
        #expect(summary.parts[0].chapters[0].children.map(\.path) == ["one/a.md"])
        #expect(summary.parts[0].chapters[1].path == nil)
        #expect(summary.parts[1].chapters[0].path == "two words.md")
        #expect(summary.suffix.map(\.path) == ["appendix.md"])
        #expect(summary.parts[0].chapters[0].children[0].location == SourceLocation(file: "SUMMARY.md", line: 8, column: 5))
    }

    @Test func rejectsNonLinkItems() {
        var diagnostics: [Diagnostic] = []
        _ = SummaryParser().parse("- just text\n", file: "SUMMARY.md", diagnostics: &diagnostics)
        #expect(diagnostics.map(DiagnosticFormatter().format)
                == ["SUMMARY.md:1:3: error: a SUMMARY.md list item must be a single [Title](path.md) link [summary-syntax]"])
    }
}

@Suite struct JSONDiagnosticTests {
    @Test func jsonArrayHasAStableSchema() {
        let lines = DiagnosticFormatter(format: .json).lines([
            .error("link-missing-file", "'a.md' does not exist", at: SourceLocation(file: "content/x.md", line: 3, column: 7)),
            .warning("chapter-unlisted", "not listed", at: SourceLocation(file: "content/y.md", line: 0, column: 0)),
        ])
        #expect(lines == [#"[{"column":7,"file":"content/x.md","id":"link-missing-file","line":3,"message":"'a.md' does not exist","severity":"error"},{"column":null,"file":"content/y.md","id":"chapter-unlisted","line":null,"message":"not listed","severity":"warning"}]"#])
    }
}
