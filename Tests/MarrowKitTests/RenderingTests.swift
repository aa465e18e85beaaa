import Foundation
import Testing
@testable import MarrowKit

/// Markdown features, through a built fixture site.
@Suite struct RenderingTests {
    func build(_ chapter: String, book: String = "title: Test\n", extra: [String: String] = [:]) throws -> (FixtureSite, String, BuildPipeline.Report) {
        var files = MinimalBook.files(chapters: ["one.md": chapter], book: book)
        files.merge(extra) { $1 }
        let site = try FixtureSite(files: files)
        let report = try site.build()
        let html = site.exists("one.html") ? try site.page("one.html") : ""
        return (site, html, report)
    }

    @Test func gfmExtensions() throws {
        let (site, html, report) = try build("""
        | Site | Age |
        |:-----|----:|
        | Tibia | < 6 y |

        ~~old~~ and www.example.org and https://example.com/x

        - [x] done
        - [ ] open

        Note[^a].

        [^a]: The footnote.
        """)
        defer { site.remove() }
        #expect(report.diagnostics.isEmpty)
        #expect(html.contains("<th class=\"align-left\">Site</th><th class=\"align-right\">Age</th>"))
        #expect(html.contains("<td class=\"align-right\">&lt; 6 y</td>"))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(html.contains("<a href=\"https://example.com/x\">https://example.com/x</a>"))
        #expect(html.contains("<input type=\"checkbox\" disabled checked aria-label=\"Done\"> done"))
        #expect(html.contains("<input type=\"checkbox\" disabled aria-label=\"Not done\"> open"))
        // Notes are lettered, so that they never read as citation numbers, under a heading of their
        // own, with the way back at the end of the note's text (issue 22, point 5).
        #expect(html.contains("<a href=\"#fn-a\" id=\"fnref-a\" role=\"doc-noteref\">a</a>"))
        #expect(html.contains("<h2 id=\"footnotes-title\">Notes</h2>\n<ol type=\"a\">"))
        #expect(html.contains("<li id=\"fn-a\">\n<p>The footnote. <a class=\"footnote-back\" href=\"#fnref-a\" role=\"doc-backlink\" aria-label=\"Back to the text\">↩</a></p>"))
    }

    @Test func rawHTMLIsSanitisedAndDangerousURLsDropped() throws {
        let (site, html, report) = try build("""
        <script>alert(1)</script>

        Inline <img src=x onerror=alert(1)> and [click](javascript:alert(1)) and ![i](data:text/html,x).
        """)
        defer { site.remove() }
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("alert(1)"), "the script and the tag with an event handler are removed")
        #expect(html.contains("<p>Inline  and click and i.</p>"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("data:text/html"))
        #expect(report.diagnostics.map(\.id) == ["raw-html-removed", "unsafe-url", "unsafe-url"])
        #expect(site.diagnosticLines(report)[0] == "content/one.md:1:1: warning: raw HTML removed: <script>, onerror [raw-html-removed]")
        #expect(report.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func rawHTMLOptInStillFiltersDangerousTags() throws {
        let (site, html, _) = try build("<div class=\"box\">kept</div>\n\n<iframe src=\"x\"></iframe>\n",
                                        book: "title: Test\nraw_html: true\n")
        defer { site.remove() }
        #expect(html.contains("<div class=\"box\">kept</div>"))
        #expect(html.contains("&lt;iframe src=\"x\">&lt;/iframe>"))
    }

    @Test func headingAnchorsFollowGitHubWithCustomIDs() throws {
        let (site, html, report) = try build("""
        ## Sites by age

        ## Sites by age

        ## Proximal tibia {#tibia}

        ### What's next?
        """)
        defer { site.remove() }
        #expect(report.diagnostics.isEmpty)
        #expect(html.contains("<h2 id=\"sites-by-age\"><span class=\"section-number\">1.1</span> Sites by age <a class=\"anchor\" href=\"#sites-by-age\""))
        #expect(html.contains("<h2 id=\"sites-by-age-1\">"))
        #expect(html.contains("<h2 id=\"tibia\"><span class=\"section-number\">1.3</span> Proximal tibia <a class=\"anchor\" href=\"#tibia\""))
        #expect(html.contains("<h3 id=\"whats-next\">"))
        #expect(!html.contains("{#tibia}"))
    }

    @Test func duplicateExplicitIDIsAnError() throws {
        let (site, _, report) = try build("## A {#x}\n\n## B {#x}\n")
        defer { site.remove() }
        #expect(site.diagnosticLines(report) == ["content/one.md:3:1: error: heading id 'x' is already used at line 1 [heading-duplicate-id]"])
    }

    @Test(arguments: MarkdownNode.CalloutKind.allCases)
    func alertsBecomeCallouts(_ kind: MarkdownNode.CalloutKind) throws {
        let (site, html, _) = try build("> [!\(kind.rawValue.uppercased())]\n> Body **text**.\n")
        defer { site.remove() }
        let label = kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
        #expect(html.contains("<div class=\"callout callout-\(kind.rawValue)\" role=\"note\" aria-label=\"\(label)\">"))
        #expect(html.contains("<span>\(label)</span></p>\n<p>Body <strong>text</strong>.</p>\n</div>"))
        #expect(!html.contains("[!"))
    }

    @Test func foldableCalloutBecomesDetails() throws {
        let (site, html, _) = try build("> [!TIP]- Answer\n> The proximal tibia.\n\n> [!NOTE]+ Open note\n> Shown.\n")
        defer { site.remove() }
        #expect(html.contains("<details class=\"callout callout-tip\">\n<summary class=\"callout-title\">"))
        #expect(html.contains("<span>Answer</span></summary>\n<p>The proximal tibia.</p>\n</details>"))
        #expect(html.contains("<details class=\"callout callout-note\" open>"))
        #expect(html.contains("<span>Open note</span></summary>"))
    }

    @Test func ordinaryBlockQuoteStaysAQuote() throws {
        let (site, html, _) = try build("> [!NOTE] inline text is not an alert\n")
        defer { site.remove() }
        #expect(html.contains("<blockquote>"))
        #expect(!html.contains("callout"))
    }

    @Test func loneImageBecomesFigureAndIsCopied() throws {
        let (site, html, report) = try build("![Proximal *tibia*](img/tibia.svg \"Tibia\")\n\nInline ![icon](img/tibia.svg) here.\n",
                                             extra: ["content/img/tibia.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"])
        defer { site.remove() }
        #expect(report.diagnostics.isEmpty)
        // The figure opens full size on a tap; the caption is said once (the image's alt is empty,
        // the link named by the figure) (issue 22, point 7).
        #expect(html.contains("<figure>\n<a class=\"figure-full\" href=\"img/tibia.svg\" aria-label=\"Figure, full size\"><img src=\"img/tibia.svg\" alt=\"\" title=\"Tibia\" loading=\"lazy\"></a>\n<figcaption>Proximal <em>tibia</em></figcaption>\n</figure>"))
        #expect(html.contains("<p>Inline <img src=\"img/tibia.svg\" alt=\"icon\" loading=\"lazy\"> here.</p>"))
        #expect(try Data(contentsOf: site.output.appendingPathComponent("img/tibia.svg")) == Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8))
    }

    @Test func chapterLinksBecomeRelativeHTMLFromAnyDepth() throws {
        let site = try FixtureSite(files: MinimalBook.files(
            summary: "- [One](one.md)\n- [Deep](a/b/deep.md)\n",
            chapters: ["one.md": "## Top\n\nGo [deep](a/b/deep.md#end).\n", "a/b/deep.md": "## End\n\nBack [up](../../one.md#top) or [here](#end).\n"]))
        defer { site.remove() }
        let report = try site.build()
        #expect(report.diagnostics.isEmpty)
        #expect(try site.page("one.html").contains("<a href=\"a/b/deep.html#end\">deep</a>"))
        let deep = try site.page("a/b/deep.html")
        #expect(deep.contains("<a href=\"../../one.html#top\">up</a>"))
        #expect(deep.contains("<a href=\"#end\">here</a>"))
        #expect(deep.contains("href=\"../../assets/marrow.css\""))
    }

    @Test func numberingFromSummaryAndSwitchedOff() throws {
        let summary = "[Preface](pre.md)\n\n# Part\n\n- [A](a.md)\n  - [A1](a1.md)\n- [B](b.md)\n"
        let chapters = ["pre.md": "P\n", "a.md": "A\n", "a1.md": "A1\n", "b.md": "B\n"]
        let numbered = try FixtureSite(files: MinimalBook.files(summary: summary, chapters: chapters))
        defer { numbered.remove() }
        try numbered.build()
        #expect(try numbered.page("a1.html").contains("<h1><span class=\"chapter-number\">1.1</span> A1</h1>"))
        #expect(try numbered.page("b.html").contains("<h1><span class=\"chapter-number\">2</span> B</h1>"))
        #expect(try numbered.page("pre.html").contains("<h1>Preface</h1>"))
        let plain = try FixtureSite(files: MinimalBook.files(summary: summary, chapters: chapters, book: "title: T\nnumbering: false\n"))
        defer { plain.remove() }
        try plain.build()
        #expect(try plain.page("a1.html").contains("<h1>A1</h1>"))
        #expect(!(try plain.page("toc.js").contains("\"n\":")))
    }
}

@Suite struct FootnoteOrderTests {
    /// A chapter that cites and has notes: the notes come before its References, lettered, so
    /// "needle¹ᵃ" reads as citation 1 and note a (issue 22, point 5).
    @Test func notesComeBeforeTheChaptersReferences() throws {
        var files = MinimalBook.files(chapters: ["one.md": "# One\n\nA needle[@a][^n].\n\n[^n]: A note.\n"],
                                      book: "title: T\nbibliography: refs.bib\n")
        files["content/refs.bib"] = "@article{a, author={Able, A.}, title={One}, journal={J}, year={2000}}\n"
        let site = try FixtureSite(files: files)
        defer { site.remove() }
        #expect(site.diagnosticLines(try site.build()) == [])
        let one = try site.page("one.html")
        let notes = try #require(one.range(of: "<h2 id=\"footnotes-title\">Notes</h2>"))
        let references = try #require(one.range(of: "<h2 id=\"references\">References</h2>"))
        #expect(notes.lowerBound < references.lowerBound)
        #expect(one.contains("role=\"doc-noteref\">a</a>"))
        #expect(HTMLRenderer.noteMark(1) == "a" && HTMLRenderer.noteMark(26) == "z" && HTMLRenderer.noteMark(27) == "aa")
    }
}
