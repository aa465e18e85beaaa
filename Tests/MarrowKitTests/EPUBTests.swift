import Foundation
import Testing
import ZIPFoundation
@testable import MarrowKit

/// `marrow package --format epub` on a fixture book: the container as EPUB 3 wants it, one XHTML
/// document per chapter with quizzes as questions and answer notes, the navigation document from
/// SUMMARY.md, accessibility metadata, the same bytes every time, and no file for a broken book.
/// (epubcheck runs on the course's EPUB in `make epub-test`.)
@Suite struct EPUBTests {
    static func files() -> [String: String] {
        var files = MinimalBook.files(summary: "- [Chapter](chapter.md)\n  - [Sub](part/sub.md)\n- [Planned]()\n",
                                      chapters: ["chapter.md": """
                                      # Chapter

                                      Text[^n] with $x^2$ and <br> raw HTML.

                                      ![A site](site.svg){#fig-site}

                                      > [!QUIZ] Pick one?
                                      > - [x] Yes
                                      >   Right.
                                      > - [ ] No
                                      >   Wrong.

                                      [^n]: A note.
                                      """, "part/sub.md": "# Sub\n\nBack to [the chapter](../chapter.md).\n"],
                                      book: "title: \"Fixture & Book\"\nidentifier: urn:isbn:9780000000000\n")
        files["content/site.svg"] = #"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>"#
        return files
    }

    func entries(_ url: URL) throws -> [(path: String, compressed: Bool, text: String)] {
        let archive = try Archive(url: url, accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, entry.isCompressed, String(decoding: data, as: UTF8.self))
        }
    }

    @Test func theBookAsAnEPUB() throws {
        let site = try FixtureSite(files: Self.files())
        defer { site.remove() }
        let output = site.root.appendingPathComponent("book.epub")
        var diagnostics: [Diagnostic] = []
        #expect(try EPUBPackager(layout: site.layout).write(to: output, diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let files = try entries(output)
        #expect(files.first?.path == "mimetype" && files.first?.compressed == false && files.first?.text == "application/epub+zip", "mimetype first, stored")
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) })
        #expect(byPath["META-INF/container.xml"]?.contains(#"full-path="OEBPS/package.opf""#) == true)
        let chapter = try #require(byPath["OEBPS/chapter.xhtml"])
        #expect(chapter.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(chapter.contains("<br/>") && chapter.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\">"))
        #expect(chapter.contains(#"epub:type="noteref">a</a>"#), "a footnote reference is a noteref")
        #expect(chapter.contains(#"<img src="site.svg" alt="""#) && !chapter.contains("figure-full"), "figures stand alone in a book")
        #expect(chapter.contains(##"<a href="#answer-quiz-1" epub:type="noteref">Answer</a>"##), "a quiz leads to its answer")
        #expect(chapter.contains(#"<dt id="answer-quiz-1">Question 1</dt>"#) && chapter.contains("1. Correct: </strong>Yes"))
        #expect(!chapter.contains("<form") && !chapter.contains("<input"), "no form in a book")
        let sub = try #require(byPath["OEBPS/part/sub.xhtml"])
        #expect(sub.contains(#"<a href="../chapter.xhtml">"#), "links lead to the book's documents")
        let nav = try #require(byPath["OEBPS/nav.xhtml"])
        #expect(nav.contains("<li><a href=\"chapter.xhtml\">1 Chapter</a>\n<ol>\n<li><a href=\"part/sub.xhtml\">1.1 Sub</a></li>\n</ol>\n</li>"))
        #expect(!nav.contains("Planned"), "drafts have no document")
        let opf = try #require(byPath["OEBPS/package.opf"])
        #expect(opf.contains("<dc:identifier id=\"book-id\">urn:isbn:9780000000000</dc:identifier>"))
        #expect(opf.contains("<dc:title>Fixture &amp; Book</dc:title>"))
        #expect(opf.contains(#"href="chapter.xhtml" media-type="application/xhtml+xml" properties="mathml""#))
        for property in ["schema:accessMode", "schema:accessibilityFeature\">MathML", "schema:accessibilityHazard", "schema:accessibilitySummary"] {
            #expect(opf.contains(property), "\(property)")
        }
        #expect(opf.contains(#"<itemref idref="page-1"/>"#) && opf.contains(#"href="site.svg" media-type="image/svg+xml""#))
        // The same sources give the same bytes.
        let again = site.root.appendingPathComponent("again.epub")
        #expect(try EPUBPackager(layout: site.layout).write(to: again, diagnostics: &diagnostics))
        #expect(try Data(contentsOf: output) == Data(contentsOf: again))
    }

    @Test func aBrokenBookWritesNoPackage() throws {
        var files = Self.files()
        files["content/part/sub.md"] = "# Sub\n\nA [broken](nowhere.md) link.\n"
        let site = try FixtureSite(files: files)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("book.epub")
        var diagnostics: [Diagnostic] = []
        #expect(try !EPUBPackager(layout: site.layout).write(to: output, diagnostics: &diagnostics))
        #expect(diagnostics.hasErrors)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
