import Foundation
import Testing
@testable import MarrowKit

/// `citation_style: author-date`: "(Horton & Dasgupta, 2008)" in the text and an APA-like list in author order.
@Suite struct CitationAuthorDateTests {
    static let bib = #"""
    @article{hd, author = {Horton, John C. and Dasgupta, Ann}, title = {{Bone marrow access in children}}, journal = {Journal of Test}, year = 2008, volume = 12, number = 3, pages = {101--5}, doi = {10.1/abc}}
    @article{fr, author = {Frascone, Ralph and Jensen, J. and Kaye, K. and Salzman, J.}, title = {Consecutive field trials}, journal = {Prehosp Emerg Care}, year = 2009, volume = 11, pages = {164--171}}
    @book{e, author = {Eps, Eve}, title = {A book on things}, publisher = {P}, year = 2005, edition = 2}
    @incollection{ch, author = {van der Berg, Jan}, title = {Vascular access in children}, booktitle = {Textbook of paediatric emergency medicine}, editor = {Cameron, Peter and Browne, Gary}, publisher = {Elsevier}, year = {2019}, pages = {12--18}}
    @article{g1, author = {Gamma, Gus}, title = {Second}, journal = {J}, year = 2010}
    @article{g2, author = {Gamma, Gus}, title = {First}, journal = {J}, year = 2010}
    """#

    static func site(_ one: String, two: String = "Nothing.\n") throws -> FixtureSite {
        var files = MinimalBook.files(summary: "- [One](one.md)\n- [Two](two.md)\n- [References](bibliography.md)\n",
                                      chapters: ["one.md": one, "two.md": two, "bibliography.md": "# References\n\n::: {#refs}\n:::\n"],
                                      book: "title: T\nbibliography: refs.bib\ncitation_style: author-date\n")
        files["content/refs.bib"] = bib
        return try FixtureSite(files: files)
    }

    @Test func inTextCitationsNarrativeSuppressedAndLocators() throws {
        let site = try Self.site("A claim [@hd; @fr]. @fr found it. Also [-@hd] and [see @hd, p. 33]. @hd [p. 4] too; @e, @ch, [@g1; @g2].\n")
        defer { site.remove() }
        let report = try site.build()
        #expect(site.diagnosticLines(report) == [])
        let one = try site.page("one.html")
        // Space kept before the parenthesis; items in reference-list order, as pandoc's apa.csl sorts them.
        #expect(one.contains("A claim <span class=\"citation\" id=\"cite-1\">(<a href=\"bibliography.html#ref-fr\">Frascone et al., 2009</a>; <a href=\"bibliography.html#ref-hd\">Horton &amp; Dasgupta, 2008</a>)</span>"))
        #expect(one.contains("<span class=\"citation\" id=\"cite-2\">Frascone et al. (<a href=\"bibliography.html#ref-fr\">2009</a>)</span>"))
        #expect(one.contains("Also <span class=\"citation\" id=\"cite-3\">(<a href=\"bibliography.html#ref-hd\">2008</a>)</span>"))
        #expect(one.contains("<span class=\"citation\" id=\"cite-4\">(see <a href=\"bibliography.html#ref-hd\">Horton &amp; Dasgupta, 2008</a>, p. 33)</span>"))
        #expect(one.contains("<span class=\"citation\" id=\"cite-5\">Horton &amp; Dasgupta (<a href=\"bibliography.html#ref-hd\">2008</a>, p. 4)</span>"))
        #expect(one.contains(">Gamma, 2010a</a>; <a href=\"bibliography.html#ref-g1\">Gamma, 2010b</a>)"))
        #expect(!one.contains("citation-popover"))
        #expect(!one.contains("<sup>"))
        let bibliography = try site.page("bibliography.html")
        let list = try #require(bibliography.range(of: "<ul class=\"reference-list reference-list-author-date\">"))
        let ids = bibliography[list.upperBound...].matches(of: #/<li id="ref-([a-z0-9]+)">/#).map { String($0.1) }
        #expect(ids == ["ch", "e", "fr", "g2", "g1", "hd"])
        #expect(bibliography.contains("<li id=\"ref-hd\">Horton, J. C., &amp; Dasgupta, A. (2008). Bone marrow access in children. <em>Journal of Test</em>, <em>12</em>(3), 101–105. <a href=\"https://doi.org/10.1/abc\">https://doi.org/10.1/abc</a>"))
        #expect(bibliography.contains("<li id=\"ref-g2\">Gamma, G. (2010a). First. <em>J</em>."))
    }

    static let apaStyle = "/usr/share/citation-style-language/styles/apa.csl"

    /// The reference list against pandoc's citeproc with Debian's apa.csl, for the entry types above.
    @Test(.enabled(if: CitationPandocTests.pandoc != nil && FileManager.default.fileExists(atPath: apaStyle)))
    func referencesMatchPandocAPA() throws {
        let folder = try FixtureSite.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bibURL = folder.appendingPathComponent("refs.bib")
        let bib = Self.bib.split(separator: "\n").filter { !$0.contains("Gamma") }.joined(separator: "\n")
        try bib.write(to: bibURL, atomically: true, encoding: .utf8)
        let expected = try CitationPandocTests.pandocReferences(bib: bibURL, style: Self.apaStyle)
        var diagnostics: [Diagnostic] = []
        let formatter = AuthorDateFormatter()
        let entries = Bibliography.read(BibliographyFile(path: "refs.bib", displayPath: "refs.bib", text: bib), diagnostics: &diagnostics)
        let actual = entries.sorted { formatter.sortKey($0) < formatter.sortKey($1) }
            .map { CitationPandocTests.normalised(formatter.format($0).plain) }
        #expect(diagnostics.isEmpty)
        #expect(expected.count == 4)
        #expect(actual == expected)
    }
}
