import Testing
@testable import MarrowKit

/// The hand-written BibTeX reader on the entries Zotero, JabRef and PubMed write.
@Suite struct CitationBibTeXTests {
    func read(_ text: String) -> ([BibEntry], [String]) {
        var diagnostics: [Diagnostic] = []
        let entries = Bibliography.read(BibliographyFile(path: "refs.bib", displayPath: "content/refs.bib", text: text),
                                        diagnostics: &diagnostics)
        return (entries, diagnostics.map(DiagnosticFormatter().format))
    }

    @Test func macrosMonthsAccentsAndProtectedCase() throws {
        let (entries, problems) = read(#"""
        % A comment line
        @comment{ anything {at all} }
        @string{ jpa = "J. Paed. " # {Anaesth.} }
        @Article{k1,
          author = {M{\"u}ller, J{\"o}rg and Lipcsey, Mikl{\'o}s and M{\o}ller, Morten and Fran{\c{c}}ois, Ren\'{e} and Others},
          title = "An {MRI} study---of \emph{bone} \& marrow",
          journal = jpa, month = sep, year = 1999, pages = {1--9},
        }
        """#)
        #expect(problems.isEmpty)
        let e = try #require(entries.first)
        #expect(e.authors.names.map(\.family) == ["Müller", "Lipcsey", "Møller", "François"])
        #expect(e.authors.names[0].given == "Jörg")
        #expect(e.authors.names[3].given == "René")
        #expect(e.authors.hasOthers)
        #expect(e.title.plain == "An MRI study—of bone & marrow")
        #expect(e.title.segments.contains(BibText.Segment("MRI", isProtected: true)))
        #expect(e.containerTitle.plain == "J. Paed. Anaesth.")
        #expect(e.issued == ReferenceDate(year: 1999, month: 9))
        #expect(e.pages == "1–9")
    }

    @Test func namePartsVonJrAndCorporate() throws {
        let (entries, _) = read(#"""
        @book{k, author = {Ludwig van Beethoven and van der Berg, Jan and Joyner, Jr, Benny L. and {World Health Organization} and {Van de Voorde}, Patrick and Ummenhofer}, title = {T}, year = 2000}
        """#)
        let names = try #require(entries.first).authors.names
        #expect(names[0] == BibName(given: "Ludwig", particle: "van", family: "Beethoven"))
        #expect(names[1] == BibName(given: "Jan", particle: "van der", family: "Berg"))
        #expect(names[2] == BibName(given: "Benny L.", family: "Joyner", suffix: "Jr"))
        #expect(names[3] == BibName(literal: "World Health Organization"))
        #expect(names[4] == BibName(given: "Patrick", family: "Van de Voorde"))
        #expect(names[5] == BibName(family: "Ummenhofer"))
        #expect(names.map(ReferenceText.sortOrderName) == ["Beethoven L van", "Berg J van der", "Joyner BL Jr",
                                                           "World Health Organization", "Van de Voorde P", "Ummenhofer"])
    }

    @Test func malformedEntriesAreLocatedAndTheRestIsRead() {
        let (entries, problems) = read("""
        @article{good1, title = {One}, year = 2001}
        @article{bad1, title = {Unclosed, year = 2002
        @article{good2, title = {Two}, year = nosuchmacro}
        @article{bad2 title = {x}}
        @article{good3, title = {Three}}
        """)
        #expect(entries.map(\.key) == ["good1", "good3"])
        #expect(problems == [
            "content/refs.bib:2:24: error: '{' is never closed [bibtex-syntax]",
            "content/refs.bib:3:39: error: undefined macro 'nosuchmacro' [bibtex-syntax]",
            "content/refs.bib:4:15: error: expected ',' after the key 'bad2' [bibtex-syntax]",
        ])
    }

    @Test func duplicateKeysAreErrorsAtBothPlaces() {
        var diagnostics: [Diagnostic] = []
        _ = Bibliography(files: [BibliographyFile(path: "a.bib", displayPath: "content/a.bib", text: "@misc{k, title={A}}\n\n@misc{k, title={B}}\n")],
                         diagnostics: &diagnostics)
        #expect(diagnostics.map(DiagnosticFormatter().format) == [
            "content/a.bib:1:1: error: citation key 'k' is defined twice (also at content/a.bib:3:1) [citation-duplicate-key]",
            "content/a.bib:3:1: error: citation key 'k' is defined twice (first at content/a.bib:1:1) [citation-duplicate-key]",
        ])
    }

    @Test func cslJSONAsZoteroExportsIt() throws {
        var diagnostics: [Diagnostic] = []
        let json = """
        [{"id": "z1", "type": "article-journal", "title": "Title", "container-title": "Resuscitation",
          "author": [{"family": "Tsung", "given": "James W."}, {"literal": "IO Group"}],
          "issued": {"date-parts": [[2009, 6]]}, "volume": "80", "issue": "6", "page": "665-668", "DOI": "10.1/x"}]
        """
        let entries = Bibliography.read(BibliographyFile(path: "z.json", displayPath: "content/z.json", text: json), diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        let e = try #require(entries.first)
        #expect(e.location == SourceLocation(file: "content/z.json", line: 1, column: 9))
        #expect(AMAFormatter().format(e).plain == "Tsung JW, IO Group. Title. Resuscitation. 2009;80(6):665-668. doi:10.1/x")
    }
}
