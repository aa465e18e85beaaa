import Foundation
import Testing
@testable import MarrowKit

/// `citation_style: NAME` and `csl: FILE` in book.yml: every shipped style builds, a book's own
/// CSL file and a dependent style are used, and each mistake is a located error.
@Suite struct CitationStyleChoiceTests {
    static let bib = """
    @article{a, author = {Alpha, Ann and Beta, Bob}, title = {Bone marrow access}, journal = {J Test}, year = 2001, volume = 1, number = 2, pages = {10--19}}
    @book{e, author = {Eps, Eve}, title = {A book}, publisher = {P}, address = {London}, year = 2005}
    """

    static func site(book: String, extra: [String: String] = [:]) throws -> FixtureSite {
        var files = MinimalBook.files(summary: "- [One](one.md)\n", chapters: ["one.md": "# One\n\nA claim [@a; @e].\n"],
                                      book: "title: T\nbibliography: refs.bib\n" + book)
        files["content/refs.bib"] = bib
        for (path, text) in extra { files[path] = text }
        return try FixtureSite(files: files)
    }

    /// What each shipped style writes for the citation and the first reference of `one.md`.
    @Test(arguments: [
        ("ama", "1,2", "Alpha A, Beta B. Bone marrow access. J Test. 2001;1(2):10-19.", true),
        ("vancouver", "(1,2)", "Alpha A, Beta B. Bone marrow access. J Test. 2001;1(2):10–9.", true),
        ("apa", "(Alpha & Beta, 2001; Eps, 2005)", "Alpha, A., & Beta, B. (2001). Bone marrow access. J Test, 1(2), 10–19.", false),
        ("chicago-author-date", "(Alpha and Beta 2001; Eps 2005)", "Alpha, Ann, and Bob Beta. 2001. “Bone Marrow Access.” J Test 1 (2): 10–19.", false),
        ("harvard", "(Alpha and Beta, 2001; Eps, 2005)", "Alpha, A. and Beta, B. (2001) ‘Bone marrow access’, J Test, 1(2), pp. 10–19.", false),
    ])
    func shippedStylesFormatAsTheirManuals(name: String, citation: String, reference: String, numbered: Bool) throws {
        let site = try Self.site(book: "citation_style: \(name)\n")
        defer { site.remove() }
        #expect(site.diagnosticLines(try site.build()) == [])
        let one = try site.page("one.html")
        let cite = try #require(one.firstMatch(of: #/<span class="citation" id="cite-1">(.*?)</span>/#))
        #expect(TestStyles.plain(String(cite.1)) == citation)
        let first = try #require(one.firstMatch(of: #/<li id="ref-a"[^>]*>(.*?)</li>/#))
        #expect(TestStyles.plain(String(first.1)).hasPrefix(reference), "\(name): \(TestStyles.plain(String(first.1)))")
        #expect(one.contains(numbered ? "<ol class=\"reference-list\">" : "reference-list-author-date"))
    }

    static let ownStyle = """
    <?xml version="1.0" encoding="utf-8"?>
    <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><title>Test style</title><id>test</id><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation><layout prefix="[" suffix="]" delimiter="|"><text variable="citation-number"/></layout></citation>
      <bibliography><layout><names variable="author"><name form="short"/></names><text variable="title" prefix=" — " text-case="uppercase"/></layout></bibliography>
    </style>
    """

    @Test func aBooksOwnCSLFileIsUsed() throws {
        let site = try Self.site(book: "csl: styles/mine.csl\n", extra: ["content/styles/mine.csl": Self.ownStyle])
        defer { site.remove() }
        #expect(site.diagnosticLines(try site.build()) == [])
        let one = try site.page("one.html")
        #expect(one.contains("id=\"cite-1\">[<a href=\"#ref-a\">1</a>|<a href=\"#ref-e\">2</a>]</span>"))
        #expect(one.contains("<li id=\"ref-a\" value=\"1\">Alpha, Beta — BONE MARROW ACCESS</li>"))
    }

    @Test func aDependentStyleUsesItsParent() throws {
        let dependent = """
        <?xml version="1.0" encoding="utf-8"?>
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
          <info><title>A journal</title><id>j</id>
            <link href="http://www.zotero.org/styles/apa" rel="independent-parent"/><updated>2024-01-01T00:00:00+00:00</updated></info>
        </style>
        """
        let site = try Self.site(book: "csl: journal.csl\n", extra: ["content/journal.csl": dependent])
        defer { site.remove() }
        #expect(site.diagnosticLines(try site.build()) == [])
        #expect(TestStyles.plain(try site.page("one.html")).contains("(Alpha & Beta, 2001; Eps, 2005)"))
    }

    @Test func mistakesAreLocatedErrors() throws {
        let cases: [(book: String, extra: [String: String], expected: String)] = [
            ("citation_style: vancover\n", [:], "content/book.yml:3:17: error: unknown citation style 'vancover'; did you mean 'vancouver'? [citation-style-unknown]"),
            ("citation_style: zzzzzz\n", [:], "content/book.yml:3:17: error: unknown citation style 'zzzzzz'; Marrow ships ama, vancouver, apa, chicago-author-date, harvard (and any style of citation-style-language-styles, when installed) [citation-style-unknown]"),
            ("csl: mine.csl\n", ["content/styles/mine.csl": Self.ownStyle], "content/book.yml:3:6: error: csl file 'mine.csl' does not exist; did you mean 'styles/mine.csl'? [csl-missing]"),
            ("csl: ../outside.csl\n", [:], "content/book.yml:3:6: error: csl file '../outside.csl' is outside the content folder [path-outside-content]"),
            ("csl: bad.csl\n", ["content/bad.csl": "<style xmlns=\"http://purl.org/net/xbiblio/csl\">\n  <citation>\n    <layout>\n  </citation>\n</style>\n"],
             "content/bad.csl:4:14: error: 'bad.csl' is not well-formed XML: an element is closed by the wrong end tag [csl-malformed]"),
            ("csl: none.csl\n", ["content/none.csl": "<style xmlns=\"http://purl.org/net/xbiblio/csl\"><info/></style>\n"],
             "content/none.csl:1:1: error: 'none.csl' has no <citation> element [csl-invalid]"),
        ]
        for (book, extra, expected) in cases {
            let site = try Self.site(book: book, extra: extra)
            defer { site.remove() }
            let report = try site.build()
            #expect(report.failed, "\(book)")
            let lines = site.diagnosticLines(report)
            #expect(lines.contains { $0 == expected || (expected.hasSuffix(":") && $0.hasPrefix(expected) && $0.contains("[csl-malformed]")) },
                    "\(book): \(lines)")
            #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/one.html").path))
        }
    }

    /// Any style Debian's package installs is there by its file name.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/citation-style-language/styles/nature.csl")))
    func installedStylesByFileName() throws {
        let site = try Self.site(book: "citation_style: nature\n")
        defer { site.remove() }
        #expect(site.diagnosticLines(try site.build()) == [])
        #expect(try site.page("one.html").contains("<sup><a href=\"#ref-a\">1</a>,<a href=\"#ref-e\">2</a></sup>"))
    }

    /// A CSL-JSON item whose id is a URL, cited in each of pandoc's forms (what pandoc 3.9 writes with apa.csl).
    @Test func aURLShapedKeyWorksInEveryForm() throws {
        let json = #"[{"id": "https://doi.org/10.1000/xyz", "type": "article-journal", "title": "A URL key", "author": [{"family": "Ur", "given": "Lee"}], "container-title": "J", "issued": {"date-parts": [[2019]]}}]"#
        var files = MinimalBook.files(chapters: ["one.md": "# One\n\nA [@{https://doi.org/10.1000/xyz}]. B @{https://doi.org/10.1000/xyz} says. C [-@{https://doi.org/10.1000/xyz}]. D [see @{https://doi.org/10.1000/xyz}, p. 3]. E [@https://doi.org/10.1000/xyz].\n"],
                                      book: "title: T\nbibliography: u.json\ncitation_style: apa\n")
        files["content/u.json"] = json
        let site = try FixtureSite(files: files)
        defer { site.remove() }
        #expect(site.diagnosticLines(try site.build()) == [])
        let one = try site.page("one.html")
        let citations = one.matches(of: #/<span class="citation" id="cite-\d+">(.*?)</span>/#).map { TestStyles.plain(String($0.1)) }
        #expect(citations == ["(Ur, 2019)", "Ur (2019)", "(2019)", "(see Ur, 2019, p. 3)", "(Ur, 2019)"])
        #expect(one.contains("href=\"#ref-https://doi.org/10.1000/xyz\""))
    }

    /// Manubot's and Zotero's ids such as `url:http://...`: GFM autolinks the address inside the
    /// braces, and the key is whole again in every form.
    @Test func aKeyWithAnAddressInsideItsBracesWorks() throws {
        let json = #"[{"id": "url:http://example.org/paper.pdf", "type": "article-journal", "title": "T", "author": [{"family": "Ur", "given": "Lee"}], "container-title": "J", "issued": {"date-parts": [[2019]]}}]"#
        var files = MinimalBook.files(chapters: ["one.md": "# One\n\nA [-@{url:http://example.org/paper.pdf}]. B @{url:http://example.org/paper.pdf} says. C [see @{url:http://example.org/paper.pdf}, p. 3].\n"],
                                      book: "title: T\nbibliography: u.json\ncitation_style: apa\n")
        files["content/u.json"] = json
        let site = try FixtureSite(files: files)
        defer { site.remove() }
        #expect(site.diagnosticLines(try site.build()) == [])
        let one = try site.page("one.html")
        let citations = one.matches(of: #/<span class="citation" id="cite-\d+">(.*?)</span>/#).map { TestStyles.plain(String($0.1)) }
        #expect(citations == ["(2019)", "Ur (2019)", "(see Ur, 2019, p. 3)"])
    }
}
