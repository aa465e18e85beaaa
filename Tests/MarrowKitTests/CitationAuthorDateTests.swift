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
        // What pandoc 3.9's citeproc writes for the same text with Debian's apa.csl (the author
        // in the sentence for `@key`; the names left out for `[-@key]`; same authors grouped).
        let citations = one.matches(of: #/<span class="citation" id="cite-\d+">(.*?)</span>/#).map { TestStyles.plain(String($0.1)) }
        #expect(citations == ["(Frascone et al., 2009; Horton & Dasgupta, 2008)", "Frascone et al. (2009)", "(2008)",
                              "(see Horton & Dasgupta, 2008, p. 33)", "Horton & Dasgupta (2008, p. 4)", "Eps (2005)", "Berg (2019)",
                              "(Gamma, 2010b, 2010a)"])
        // Space kept before the parenthesis; each cite's own text links to its entry.
        #expect(one.contains("A claim <span class=\"citation\" id=\"cite-1\">(<a href=\"#ref-fr\">Frascone et al., 2009</a>; <a href=\"#ref-hd\">Horton &amp; Dasgupta, 2008</a>)</span>"))
        #expect(!one.contains("citation-popover"))
        #expect(!one.contains("<sup>"))
        let bibliography = try site.page("bibliography.html")
        let list = try #require(bibliography.range(of: "<ul class=\"reference-list reference-list-author-date\">"))
        let ids = bibliography[list.upperBound...].matches(of: #/<li id="ref-([a-z0-9]+)">/#).map { String($0.1) }
        #expect(ids == ["ch", "e", "fr", "g2", "g1", "hd"])
        #expect(bibliography.contains("<li id=\"ref-hd\">Horton, J. C., &amp; Dasgupta, A. (2008). Bone marrow access in children. <em>Journal of Test</em>, <em>12</em>(3), 101–105. <a href=\"https://doi.org/10.1/abc\">https://doi.org/10.1/abc</a>"))
        #expect(bibliography.contains("<li id=\"ref-g2\">Gamma, G. (2010a). First. <em>J</em>."))
        #expect(bibliography.contains("<li id=\"ref-ch\">Berg, J. van der. (2019). Vascular access in children. In P. Cameron &amp; G. Browne (Eds.), <em>Textbook of paediatric emergency medicine</em> (pp. 12–18). Elsevier."))
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
        let entries = Bibliography.read(BibliographyFile(path: "refs.bib", displayPath: "refs.bib", text: bib), diagnostics: &diagnostics)
        let context = try TestStyles.context(entries, style: "apa")
        let actual = entries.map(\.key).sorted { context.listOrder[$0]! < context.listOrder[$1]! }
            .map { TestStyles.plain(context.referenceHTML[$0]!) }
        #expect(diagnostics.isEmpty)
        #expect(expected.count == 4)
        #expect(actual == expected)
    }
}
