import Testing
@testable import MarrowKit

/// `citation_numbering`, a chapter's own `bibliography:`, in-text locators, exact columns and the References anchor.
@Suite struct CitationOptionsTests {
    static let bib = CitationSiteTests.bib

    static func site(_ chapters: [String: String], book: String = "title: T\nbibliography: refs.bib\n",
                     extra: [String: String] = [:]) throws -> FixtureSite {
        var all = chapters
        all["bibliography.md"] = all["bibliography.md"] ?? "# References\n\n::: {#refs}\n:::\n"
        var files = MinimalBook.files(summary: "- [One](one.md)\n- [Two](two.md)\n- [References](bibliography.md)\n",
                                      chapters: all, book: book)
        files["content/refs.bib"] = bib
        for (path, text) in extra { files[path] = text }
        return try FixtureSite(files: files)
    }

    @Test func numbersRestartInEachChapterWhenAsked() throws {
        let site = try Self.site(["one.md": "First [@c]. Then [@a].\n", "two.md": "Again [@a; @d; @b; @e].\n"],
                                 book: "title: T\nbibliography: refs.bib\ncitation_numbering: chapter\n")
        defer { site.remove() }
        let lines = site.diagnosticLines(try site.build())
        #expect(lines == [])
        let two = try site.page("two.html")
        // 'a' is 2 in chapter one but 1 here, and links to this chapter's own References.
        #expect(two.contains("Again<span class=\"citation\" id=\"cite-1\"><sup><a href=\"#ref-a\">1</a>–<a href=\"#ref-e\">4</a></sup>"))
        #expect(!two.contains("citation-popover"))
        #expect(two.contains("<li id=\"ref-d\" value=\"2\">"))
        let one = try site.page("one.html")
        #expect(one.contains("<li id=\"ref-a\" value=\"2\">"))
        // The bibliography page keeps one book-wide order.
        let bibliography = try site.page("bibliography.html")
        #expect(bibliography.contains("<li id=\"ref-c\" value=\"1\""))
        #expect(bibliography.contains("<li id=\"ref-e\" value=\"5\""))
    }

    @Test func bookNumberingIsTheDefault() throws {
        let site = try Self.site(["one.md": "First [@c]. Then [@a].\n", "two.md": "Again [@a; @d; @b; @e].\n"])
        defer { site.remove() }
        let lines = site.diagnosticLines(try site.build())
        #expect(lines == [])
        let two = try site.page("two.html")
        #expect(two.contains("Again<span class=\"citation\" id=\"cite-1\"><sup><a href=\"#ref-a\">2</a>–<a href=\"#ref-e\">5</a></sup>"))
    }

    @Test func wrongNumberingValueIsATypedDiagnostic() {
        var diagnostics: [Diagnostic] = []
        let config = BookConfigLoader().parse("title: T\ncitation_numbering: page\ncitation_numberin: book\n", file: "content/book.yml",
                                              diagnostics: &diagnostics)
        #expect(config.citationNumbering == .book)
        #expect(diagnostics.map(DiagnosticFormatter().format) == [
            "content/book.yml:2:21: error: unknown citation numbering 'page'; expected one of book, chapter [yaml-value]",
            "content/book.yml:3:1: warning: unknown key 'citation_numberin'; did you mean 'citation_numbering'? [yaml-unknown-key]",
        ])
        var ok: [Diagnostic] = []
        #expect(BookConfigLoader().parse("title: T\ncitation_numbering: chapter\n", file: "b", diagnostics: &ok).citationNumbering == .chapter)
        #expect(ok.isEmpty)
    }

    @Test func chapterBibliographyAddsEntriesForThatChapter() throws {
        let local = "@article{loc, author = {Local, Lou}, title = {{L}}, journal = {J}, year = 2011, volume = 9}\n"
        let site = try Self.site([
            "one.md": "---\ntitle: One\nbibliography: [one/extra.bib]\n---\nBoth [@a; @loc].\n",
            "two.md": "---\nbibliography:\n  - nothere.bib\n  - ../out.bib\n---\nNot here [@loc; @b; @c; @d; @e].\n",
        ], extra: ["content/one/extra.bib": local])
        defer { site.remove() }
        let lines = site.diagnosticLines(try site.build())
        #expect(lines == [
            "content/two.md:3:5: error: bibliography 'nothere.bib' does not exist [bibliography-missing]",
            "content/two.md:4:5: error: bibliography '../out.bib' is outside the content folder [path-outside-content]",
            "content/two.md:6:11: error: unknown citation key 'loc' [citation-unknown-key]",
        ])
    }

    @Test func chapterBibliographyEntriesAreNumberedAndListed() throws {
        let local = "@article{loc, author = {Local, Lou}, title = {{L}}, journal = {J}, year = 2011, volume = 9}\n"
        let site = try Self.site([
            "one.md": "---\nbibliography: one/extra.bib\n---\nBoth [@a; @loc].\n",
            "two.md": "All [@b; @c; @d; @e].\n",
        ], extra: ["content/one/extra.bib": local])
        defer { site.remove() }
        let lines = site.diagnosticLines(try site.build())
        #expect(lines == [])
        let one = try site.page("one.html")
        #expect(one.contains("<li id=\"ref-loc\" value=\"2\">Local L. L. <em>J</em>. 2011;9.</li>"))
        #expect(try site.page("bibliography.html").contains("<li id=\"ref-loc\" value=\"2\""))
    }

    @Test func locatorAfterAnInTextCitation() throws {
        let site = try Self.site(["one.md": "As @b [p. 33] shows, and @a [chap. 2]. Not @c [@d].\n", "two.md": "[@e]\n"])
        defer { site.remove() }
        let lines = site.diagnosticLines(try site.build())
        #expect(lines == [])
        let one = try site.page("one.html")
        // As pandoc 3.9 writes `@b [p. 33]` with AMA: the number and locator against the word before.
        #expect(one.contains("As<span class=\"citation\" id=\"cite-1\"><sup><a href=\"#ref-b\">1(p33)</a></sup></span> shows"))
        #expect(one.contains(" shows, and<span class=\"citation\" id=\"cite-2\"><sup><a href=\"#ref-a\">2(chap2)</a></sup>"))
        #expect(!one.contains("[p. 33]"))
    }

    @Test func columnsAreExactAfterEscapesAndEntities() throws {
        let site = try Self.site(["one.md": "A \\*star\\* &amp; &copy; caf&eacute; [@zz] and [@yy].\n", "two.md": "[@a; @b; @c; @d; @e]\n"])
        defer { site.remove() }
        let lines = site.diagnosticLines(try site.build())
        #expect(lines == [
            "content/one.md:1:38: error: unknown citation key 'zz' [citation-unknown-key]",
            "content/one.md:1:48: error: unknown citation key 'yy' [citation-unknown-key]",
        ])
    }

    @Test func chapterReferencesHeadingDoesNotClashWithAChapterHeading() throws {
        let site = try Self.site(["one.md": "## References\n\nOwn section [@a].\n", "two.md": "[@b; @c; @d; @e]\n"])
        defer { site.remove() }
        let lines = site.diagnosticLines(try site.build())
        #expect(lines == [])
        let one = try site.page("one.html")
        #expect(one.contains("id=\"references\">"))
        #expect(one.contains("<section class=\"references\" role=\"doc-bibliography\" aria-labelledby=\"references-1\">\n<h2 id=\"references-1\">References</h2>"))
        #expect(try site.page("two.html").contains("<h2 id=\"references\">References</h2>"))
    }
}
