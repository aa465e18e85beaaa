import Foundation
import Testing
@testable import MarrowKit

/// `print.html`: every chapter on one page with unique ids, links between chapters kept inside
/// the page, numbering and citations as on the site, answers shown.
@Suite struct PrintPageTests {
    static let bib = "@article{a, author = {Alpha, Ann}, title = {{A}}, journal = {J}, year = 2001, volume = 1}\n"

    /// Two chapters with the same heading, figure and footnote names, linking to each other.
    func makeSite(book: String = "title: Book\nbibliography: refs.bib\nprint_page: true\n") throws -> FixtureSite {
        var files = MinimalBook.files(
            summary: "- [One](one.md)\n\n# Part\n\n- [Two](two.md)\n- [References](bibliography.md)\n",
            chapters: [
                "one.md": """
                ## Sites {#sites}

                See [the other sites](two.md#sites), [this one](#sites) and @fig-knee.[^n] Cited [@a].

                ![A knee](knee.svg){#fig-knee}

                > [!TIP]- Answer
                > The tibia.

                [^n]: A note.
                """,
                "two.md": "## Sites {#sites}\n\nBack to [one](one.md) and [its sites](one.md#sites).[^n] Cited [@a].\n\n[^n]: Another note.\n",
                "bibliography.md": "# References\n\n::: {#refs}\n:::\n",
            ],
            book: book)
        files["content/refs.bib"] = Self.bib
        files["content/knee.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
        return try FixtureSite(files: files)
    }

    static func ids(_ html: String) -> [String] {
        matches(of: #" id="([^"]+)""#, in: html)
    }

    static func matches(of pattern: String, in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!])
        }
    }

    @Test func everyChapterOnOnePageWithUniqueIDsAndWorkingLinks() throws {
        let site = try makeSite()
        defer { site.remove() }
        let report = try site.build()
        #expect(site.diagnosticLines(report) == [])
        let html = try site.page("print.html")
        let ids = Self.ids(html)
        #expect(ids.count == Set(ids).count, "duplicate ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        for target in Self.matches(of: ##"href="#([^"]*)""##, in: html) {
            #expect(ids.contains(target), "in-page link to missing #\(target)")
        }
        // Chapters in reading order, titled one level below the book's h1; their headings shift down one.
        #expect(html.components(separatedBy: "<h1").count == 2)
        let one = try #require(html.range(of: "<h2 class=\"print-chapter-title\" id=\"ch1\"><span class=\"chapter-number\">1</span> One</h2>"))
        let two = try #require(html.range(of: "<h2 class=\"print-chapter-title\" id=\"ch2\"><span class=\"chapter-number\">2</span> Two</h2>"))
        #expect(one.lowerBound < two.lowerBound)
        #expect(html.contains("<p class=\"print-part\">Part</p>"))
        #expect(html.contains("<h3 id=\"ch1-sites\"><span class=\"section-number\">1.1</span> Sites"))
        #expect(html.contains("<h3 id=\"ch2-sites\"><span class=\"section-number\">2.1</span> Sites"))
        // Links between chapters and within one stay on the page.
        #expect(html.contains("<a href=\"#ch2-sites\">the other sites</a>"))
        #expect(html.contains("<a href=\"#ch1-sites\">this one</a>"))
        #expect(html.contains("Back to <a href=\"#ch1\">one</a>"))
        #expect(html.contains("<a href=\"#ch1-fig-knee\">Figure 1.1</a>"))
        #expect(html.contains("<figure id=\"ch1-fig-knee\">\n<a class=\"figure-full\" href=\"knee.svg\""))
        #expect(html.contains("<span class=\"caption-number\">Figure 1.1:</span>"))
        // Footnotes and citations as on the site, with their ids kept apart.
        #expect(html.contains("<a href=\"#ch1-fn-n\" id=\"ch1-fnref-n\" role=\"doc-noteref\">a</a>"))
        #expect(html.contains("<a href=\"#ch2-fn-n\" id=\"ch2-fnref-n\" role=\"doc-noteref\">a</a>"))
        #expect(html.contains("<span class=\"citation\" id=\"ch1-cite-1\"><sup><a href=\"#ch1-ref-a\">1</a></sup></span>"), "to the chapter's own list")
        #expect(html.contains("<li id=\"ch3-ref-a\" value=\"1\">"))
        #expect(html.contains("Two › <a href=\"#ch2-cite-1\" aria-label=\"Two › Sites\">Sites</a></span>"))
        // The folded answer is printed open; on the chapter's own page it stays folded.
        #expect(html.contains("<details class=\"callout callout-tip\" open>"))
        #expect(try site.page("one.html").contains("<details class=\"callout callout-tip\">"))
        // The chapter pages are unchanged by the print page and link to it.
        #expect(try site.page("two.html").contains("<a href=\"one.html#sites\">its sites</a>"))
        #expect(try site.page("two.html").contains("<a href=\"print.html\">Whole book, to print</a>"))
        #expect(try site.page("toc.html").contains("<a href=\"print.html\">The whole book on one page</a>"))
    }

    @Test func offByDefault() throws {
        let site = try makeSite(book: "title: Book\nbibliography: refs.bib\n")
        defer { site.remove() }
        #expect(site.diagnosticLines(try site.build()) == [])
        #expect(!site.exists("print.html"))
        #expect(!(try site.page("one.html")).contains("print.html"))
        #expect(!(try site.page("toc.html")).contains("print.html"))
    }

    @Test func aChapterCalledPrintKeepsItsPage() throws {
        let site = try FixtureSite(files: MinimalBook.files(
            summary: "- [One](one.md)\n- [Print](print.md)\n",
            chapters: ["one.md": "One.\n", "print.md": "A chapter about printers.\n"], book: "title: Book\nprint_page: true\n"))
        defer { site.remove() }
        #expect(site.diagnosticLines(try site.build()) == [])
        #expect(try site.page("print.html").contains("A chapter about printers."))
        #expect(!(try site.page("one.html")).contains("Whole book, to print"))
    }

    @Test func sameSourcesGiveTheSameBytes() throws {
        let first = try makeSite(), second = try makeSite()
        defer { first.remove(); second.remove() }
        try first.build()
        try second.build()
        #expect(try first.page("print.html") == (try second.page("print.html")))
    }
}

/// An image without alt text is a located warning: screen-reader users get nothing from it.
@Suite struct ImageAltTests {
    @Test func imageWithoutAltTextIsAWarning() throws {
        let site = try FixtureSite(files: MinimalBook.files(chapters: [
            "one.md": "Text.\n\n![](knee.svg)\n\nInline ![ ](knee.svg \"Knee\") and ![A knee](knee.svg).\n",
        ]).merging(["content/knee.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"]) { $1 })
        defer { site.remove() }
        let report = try site.build()
        #expect(site.diagnosticLines(report) == [
            "content/one.md:3:1: warning: image 'knee.svg' has no alt text; describe it between the brackets, as in ![what it shows](knee.svg) [image-missing-alt]",
            "content/one.md:5:8: warning: image 'knee.svg' has no alt text; describe it between the brackets, as in ![what it shows](knee.svg) [image-missing-alt]",
        ])
        #expect(site.exists("one.html"), "a warning does not stop the build")
    }
}
