import Testing
@testable import MarrowKit

/// The hand-written BibTeX reader on the entries Zotero, JabRef and PubMed write, read into CSL items.
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
        let e = try #require(entries.first).item
        let authors = try #require(e.names["author"])
        #expect(authors.map(\.family) == ["Müller", "Lipcsey", "Møller", "François", nil])
        #expect(authors[0].given == "Jörg")
        #expect(authors[3].given == "René")
        #expect(authors[4].literal == "others")
        #expect(e.strings["title"] == "An <span class=\"nocase\">MRI</span> study—of <i>bone</i> & marrow")  // pandoc 3.9: "An MRI study—of <i>bone</i> & marrow"
        #expect(e.strings["container-title"] == "J. Paed. Anaesth.")
        #expect(e.dates["issued"]?.parts == [[1999, 9]])
        #expect(e.strings["page"] == "1-9")
        // pandoc 3.9 prints "Others" as a fifth author here; Marrow reads BibTeX's "and others" in any case as et al.
        let references = try TestStyles.references(entries)
        #expect(references == ["Müller J, Lipcsey M, Møller M, François R, et al. An MRI study—of bone & marrow. J Paed Anaesth. Published online September 1999:1-9."])
    }

    @Test func namePartsVonJrAndCorporate() throws {
        let (entries, _) = read(#"""
        @book{k, author = {Ludwig van Beethoven and van der Berg, Jan and Joyner, Jr, Benny L. and {World Health Organization} and {Van de Voorde}, Patrick and Ummenhofer}, title = {T}, year = 2000}
        """#)
        let names = try #require(entries.first?.item.names["author"])
        #expect(names.map(\.family) == ["Beethoven", "Berg", "Joyner", nil, "Van de Voorde", "Ummenhofer"])
        #expect(names.map(\.droppingParticle) == ["van", "van der", nil, nil, nil, nil])
        #expect(names[2].given == "Benny L." && names[2].suffix == "Jr")
        #expect(names[3].literal == "World Health Organization")
        // As pandoc 3.9 prints it with the same style.
        let references = try TestStyles.references(entries)
        #expect(references == ["Beethoven L van, Berg J van der, Joyner BL Jr, World Health Organization, Van de Voorde P, Ummenhofer. T.; 2000."])
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
        #expect(e.location == SourceLocation(file: "content/z.json", line: 1, column: 2))
        let references = try TestStyles.references(entries)
        #expect(references == ["Tsung JW, IO Group. Title. Resuscitation. 2009;80(6):665-668. doi:10.1/x"])
    }

    @Test func cslJSONRepeatedIdsAreErrorsAtEachCopy() {
        var diagnostics: [Diagnostic] = []
        let json = "[\n  {\"id\": \"a\", \"title\": \"One\"},\n  {\"id\": \"b\", \"title\": \"[x]\"},\n  {\"id\": \"a\", \"title\": \"Two\"}\n]\n"
        _ = Bibliography(files: [BibliographyFile(path: "z.json", displayPath: "content/z.json", text: json)], diagnostics: &diagnostics)
        #expect(diagnostics.map(DiagnosticFormatter().format) == [
            "content/z.json:2:3: error: citation key 'a' is defined twice (also at content/z.json:4:3) [citation-duplicate-key]",
            "content/z.json:4:3: error: citation key 'a' is defined twice (first at content/z.json:2:3) [citation-duplicate-key]",
        ])
    }

    @Test func cslJSONMarkupIsFormattedNotPrinted() throws {
        var diagnostics: [Diagnostic] = []
        let json = #"[{"id": "m", "type": "article-journal", "title": "Loss of <i>MYB</i> and <span class=\"nocase\">pH</span> in H<sub>2</sub>O", "container-title": "J", "issued": {"date-parts": [["2020"]]}}]"#
        let entries = Bibliography.read(BibliographyFile(path: "m.json", displayPath: "content/m.json", text: json), diagnostics: &diagnostics)
        let html = try TestStyles.context(entries, style: "ama").referenceHTML["m"] ?? ""
        #expect(html.contains("Loss of <em>MYB</em> and pH in H<sub>2</sub>O"), "\(html)")
        #expect(!html.contains("&lt;"))
    }
}
