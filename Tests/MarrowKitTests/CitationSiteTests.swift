import Testing
@testable import MarrowKit

/// Citations in built sites: recognition on the tree, book-wide numbers, ranges, lists, diagnostics.
@Suite struct CitationSiteTests {
    static let bib = """
    @article{a, author = {Alpha, Ann}, title = {{A}}, journal = {J}, year = 2001, volume = 1, pages = {1--2}, pmid = {111}}
    @article{b, author = {Beta, Bob and Gamma, Gus}, title = {{B}}, journal = {J}, year = 2002, volume = 2}
    @article{c, author = {Gamma, Gus}, title = {{C}}, journal = {J}, year = 2003, volume = 3}
    @article{d, author = {Delta, Dan}, title = {{D}}, journal = {J}, year = 2004, volume = 4}
    @book{e, author = {Eps, Eve}, title = {E}, publisher = {P}, year = 2005}
    """

    func build(_ chapters: [String: String], summary: String = "- [One](one.md)\n- [Two](two.md)\n- [References](bibliography.md)\n")
        throws -> (FixtureSite, BuildPipeline.Report) {
        var all = chapters
        all["bibliography.md"] = all["bibliography.md"] ?? "# References\n\n::: {#refs}\n:::\n"
        var files = MinimalBook.files(summary: summary, chapters: all, book: "title: T\nbibliography: refs.bib\n")
        files["content/refs.bib"] = Self.bib
        let site = try FixtureSite(files: files)
        return (site, try site.build())
    }

    @Test func numbersFollowFirstCitationAcrossChaptersAndCollapse() throws {
        let (site, report) = try build([
            "one.md": "First [@c]. Then [@a; @b].\n",
            "two.md": "All [@d; @a; @b; @c] and a pair [@a;\n@b] and [see @e, p. 33].\n",
        ])
        defer { site.remove() }
        #expect(site.diagnosticLines(report) == [])
        let one = try site.page("one.html")
        #expect(one.contains("First<span class=\"citation\" id=\"cite-1\"><sup><a href=\"#ref-c\">1</a></sup>"))
        #expect(one.contains(">2</a>,<a href=\"#ref-b\">3</a></sup>"))
        #expect(!one.contains("citation-popover"), "the popover text is not repeated: the script takes it from the list")
        // The numbers link to the chapter's own References, on the same page (issue 22, point 11).
        #expect(one.contains("<li id=\"ref-c\" value=\"1\">"))
        let two = try site.page("two.html")
        #expect(two.contains("#ref-c\">1</a>–<a href=\"#ref-d\">4</a></sup>"))
        // As pandoc 3.9 writes it: the prefix inside the superscript, the number linked.
        #expect(two.contains("and<span class=\"citation\" id=\"cite-3\"><sup>see <a href=\"#ref-e\">5(p33)</a></sup>"))
        #expect(two.contains("<h2 id=\"references\">References</h2>"))
        #expect(two.contains("<li id=\"ref-e\" value=\"5\">Eps E. <em>E</em>. P; 2005.</li>"))
        let bibliography = try site.page("bibliography.html")
        #expect(bibliography.contains("<section class=\"references\" role=\"doc-bibliography\" id=\"refs\">"))
        #expect(bibliography.contains("PMID: <a href=\"https://pubmed.ncbi.nlm.nih.gov/111/\">111</a>"))
        #expect(bibliography.contains("Cited in: <span class=\"reference-backlink-page\">One › <a href=\"one.html#cite-2\" aria-label=\"One › Opening\">Opening</a>;</span> <span class=\"reference-backlink-page\">Two › <a href=\"two.html#cite-1\""))
        #expect(!bibliography.contains("::: {#refs}"))
    }

    @Test func backlinksNameTheChapterAndSectionTheyLeadTo() throws {
        let (site, report) = try build([
            "one.md": "# One\n\n## Sites {#sites}\n\nHere [@a] and again [@a].\n\n### Tibia\n\nThere [@a; @b].\n",
            "two.md": "# Two\n\nBefore any section [@a].\n",
        ])
        defer { site.remove() }
        #expect(site.diagnosticLines(report).filter { $0.contains("error") } == [])
        let bibliography = try site.page("bibliography.html")
        #expect(bibliography.contains("Cited in: <span class=\"reference-backlink-page\">One › "
            + "<a href=\"one.html#cite-1\" aria-label=\"One › Sites\">Sites</a>, "
            + "<a href=\"one.html#cite-2\" aria-label=\"One › Sites (2)\">Sites (2)</a>, "
            + "<a href=\"one.html#cite-3\" aria-label=\"One › Tibia\">Tibia</a>;</span> "
            + "<span class=\"reference-backlink-page\">Two › <a href=\"two.html#cite-1\" aria-label=\"Two › Opening\">Opening</a></span></span>"))
    }

    @Test func notInCodeEmailsCrossReferencesOrLinks() throws {
        let (site, report) = try build([
            "one.md": "In-text @b says so. Code `[@a]` and\n\n```\n[@a]\n```\n\nMail me@example.org, see @sec-one and [@sec-one], [link @a](http://x.org).\n\n## One {#sec-one}\n",
            "two.md": "Nothing.\n",
        ])
        defer { site.remove() }
        #expect(site.diagnosticLines(report) == [
            "content/refs.bib:1:1: warning: 'a' is in the bibliography but never cited [citation-unused]",
            "content/refs.bib:3:1: warning: 'c' is in the bibliography but never cited [citation-unused]",
            "content/refs.bib:4:1: warning: 'd' is in the bibliography but never cited [citation-unused]",
            "content/refs.bib:5:1: warning: 'e' is in the bibliography but never cited [citation-unused]",
        ])
        let one = try site.page("one.html")
        // A numeric style's in-text citation is its number, against the word before (pandoc 3.9).
        #expect(one.contains("In-text<span class=\"citation\" id=\"cite-1\"><sup><a href=\"#ref-b\">1</a></sup></span> says so"))
        #expect(one.contains("<code>[@a]</code>"))
        #expect(one.contains("[@a]\n</code></pre>"))
        #expect(one.contains("see <a href=\"#sec-one\">Section 1.1</a> and <a href=\"#sec-one\">Section 1.1</a>,"))
        #expect(one.contains(">link @a</a>"))
    }

    @Test func unknownKeysAreLocatedWithASuggestion() throws {
        let (site, report) = try build([
            "one.md": "---\ntitle: One\n---\nText [@a; @bb].\nMore text, [@zzz] and [-@c], @ee and @someone.\n",
            "two.md": "Fine [@b; @d; @e].\n",
        ])
        defer { site.remove() }
        #expect(site.diagnosticLines(report) == [
            "content/one.md:4:11: error: unknown citation key 'bb'; did you mean 'b'? [citation-unknown-key]",
            "content/one.md:5:13: error: unknown citation key 'zzz' [citation-unknown-key]",
            "content/one.md:5:30: warning: '@ee' is no citation key, so it stays text; did you mean '@e'? [citation-near-key]",
        ])
    }

    /// An autolinked e-mail address splits the text run; a citation after it is still located,
    /// and an `@{url}` key is not taken by the autolinker.
    @Test func citationsAfterAutolinksAreLocated() throws {
        let (site, report) = try build([
            "one.md": "Write to carol@example.org about [@zz] and see [@{https://example.org/x}].\n",
            "two.md": "Fine [@b].\n",
        ])
        defer { site.remove() }
        #expect(site.diagnosticLines(report).filter { $0.contains("error") } == [
            "content/one.md:1:35: error: unknown citation key 'zz' [citation-unknown-key]",
            "content/one.md:1:49: error: unknown citation key 'https://example.org/x' [citation-unknown-key]",
        ])
    }

    @Test func bibliographyFileMissingIsReportedInBookYml() throws {
        var files = MinimalBook.files(book: "title: T\nbibliography: refs.bibx\n")
        files["content/refs.bib"] = Self.bib
        let site = try FixtureSite(files: files)
        defer { site.remove() }
        let report = try site.build()
        #expect(site.diagnosticLines(report) == [
            "content/book.yml:2:15: error: bibliography 'refs.bibx' does not exist; did you mean 'refs.bib'? [bibliography-missing]",
        ])
    }

    @Test func collapsedRangesAndLocators() throws {
        let entries = (1...9).map { n in
            BibEntry(key: "k\(n)", item: CSLItem(id: "k\(n)", type: "book"), location: SourceLocation(file: "refs.bib", line: n, column: 1))
        }
        let context = try TestStyles.context(entries, style: "ama")
        let numbers = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.key, $0 + 1) })
        let cited = ["k1", "k2", "k6", "k7", "k8"].map { CitationItem(key: $0) } + [CitationItem(key: "k9", locator: "p. 4")]
        let marks = context.marks(cited, isInText: false, numbers: numbers)
        let html = CitationHTML.cluster({ var c = CitationCluster(items: cited, isInText: false, source: ""); c.marks = marks; return c }(),
                                        href: { _, fragment in "#" + fragment })
        // AMA's collapsing, as pandoc writes it: pairs kept, runs of three joined, a locator after its number.
        #expect(TestStyles.plain(html) == "1,2,6–8,9(p4)", "\(html)")
        #expect(html.contains("<a href=\"#ref-k6\">6</a>"))
    }
}

@Suite struct UncitedWarningSwitchTests {
    @Test func warnUncitedFalseSilencesTheWarning() throws {
        let bib = "@article{a, author={Able, A.}, title={One}, journal={J}, year={2000}}\n@article{b, author={Baker, B.}, title={Two}, journal={J}, year={2001}}\n"
        for (setting, expected) in [("", ["content/refs.bib:2:1: warning: 'b' is in the bibliography but never cited [citation-unused]"]),
                                    ("warn_uncited: false\n", [])] {
            let site = try FixtureSite(files: MinimalBook.files(chapters: ["one.md": "Cites [@a].\n"],
                                                                 book: "title: T\nbibliography: refs.bib\n" + setting)
                                        .merging(["content/refs.bib": bib]) { $1 })
            defer { site.remove() }
            #expect(site.diagnosticLines(try site.build(.check)) == expected)
        }
    }
}

@Suite struct SuperscriptPlacementTests {
    @Test func numberSitsAgainstTheWordEvenAcrossALineBreak() throws {
        let bib = "@article{a, author={Able, A.}, title={One}, journal={J}, year={2000}}\n"
        let site = try FixtureSite(files: MinimalBook.files(chapters: ["one.md": "From the [crest](#x)\n[@a], and from pigs [@a].\n\n## X {#x}\n"],
                                                             book: "title: T\nbibliography: refs.bib\n").merging(["content/refs.bib": bib]) { $1 })
        defer { site.remove() }
        try site.build()
        let html = try site.page("one.html")
        #expect(html.contains("crest</a><span class=\"citation\""))
        #expect(html.contains("pigs<span class=\"citation\""))
    }
}
