import Foundation
import Testing
@testable import MarrowKit

/// What every page carries, and the site-level pages.
@Suite struct PageTests {
    static let summary = """
    [Welcome](welcome.md)

    # Part One

    - [Sites](part/sites.md)
      - [Tibia](part/tibia.md)
    - [Planned]()

    # Part Two

    - [Sampling](sampling.md)
    """

    func makeSite() throws -> FixtureSite {
        try FixtureSite(files: MinimalBook.files(
            summary: Self.summary,
            chapters: [
                "welcome.md": "# Welcome aboard\n\nIntro.\n",
                "part/sites.md": "---\ntitle: Sites of insertion\ndescription: Where needles go.\nauthors: [A. Author]\n---\n## Tibia {#tib}\n\n### Landmarks\n\n## Humerus\n",
                "part/tibia.md": "Text.\n",
                "sampling.md": "Text.\n",
            ],
            book: "title: IO Course\nlanguage: en-GB\nlicense: CC BY 4.0\ndescription: A course.\nrepository: https://example.org/io/\n"))
    }

    @Test func chapterPageHasEveryPart() throws {
        let site = try makeSite()
        defer { site.remove() }
        let report = try site.build()
        #expect(report.diagnostics.isEmpty)
        let html = try site.page("part/sites.html")
        #expect(html.contains("<html lang=\"en-GB\">"))
        #expect(html.contains("<title>Sites of insertion · IO Course</title>"))
        #expect(html.contains("<meta name=\"description\" content=\"Where needles go.\">"))
        #expect(html.contains("<a class=\"site-title\" href=\"../index.html\">IO Course</a>"))
        #expect(html.contains("<h1><span class=\"chapter-number\">1</span> Sites of insertion</h1>"))
        #expect(html.contains("<p class=\"chapter-authors\">A. Author</p>"))
        // The whole-book contents come from toc.js; the page marks itself for the script.
        #expect(html.contains("<script src=\"../toc.js\" defer></script>"))
        #expect(html.contains("data-root=\"../\" data-page=\"part/sites.html\""))
        #expect(html.contains("<li><a href=\"#tib\">Tibia</a></li>"))
        #expect(html.contains("<li class=\"subsection\"><a href=\"#landmarks\">Landmarks</a></li>"))
        #expect(html.contains("<a class=\"page-prev\" rel=\"prev\" href=\"../welcome.html\"><span class=\"page-nav-label\">Previous</span> Welcome aboard</a>"))
        #expect(html.contains("<a class=\"page-next\" rel=\"next\" href=\"tibia.html\">") == false)
        #expect(html.contains("<a class=\"page-next\" rel=\"next\" href=\"../part/tibia.html\"><span class=\"page-nav-label\">Next</span> 1.1 Tibia</a>"))
        #expect(html.contains("<li><a href=\"../toc.html\">Part One</a></li>"))
        #expect(html.contains("<li aria-current=\"page\">1 Sites of insertion</li>"))
        #expect(html.contains("<p class=\"license\">CC BY 4.0</p>"))
        #expect(html.contains("<a href=\"https://example.org/io/edit/main/content/part/sites.md\">Edit this page</a>"))
        #expect(html.contains("<p class=\"generator\">Built with Marrow.</p>"))
        #expect(!html.contains("Educational material only"), "the built-in theme says nothing about medicine")
        let tibia = try site.page("part/tibia.html")
        #expect(tibia.contains("<li><a href=\"../part/sites.html\">1 Sites</a></li>"))
    }

    @Test func tocScriptListsTheBookInOrderWithDrafts() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.build()
        let script = try site.page("toc.js")
        #expect(script == """
        window.marrowTOC = [{"d":0,"p":"welcome.html","t":"Welcome"},{"d":0,"n":"1","p":"part/sites.html","part":"Part One","t":"Sites"},\
        {"d":1,"n":"1.1","p":"part/tibia.html","t":"Tibia"},{"d":0,"n":"2","t":"Planned"},\
        {"d":0,"n":"3","p":"sampling.html","part":"Part Two","t":"Sampling"}];

        """)
        let contents = try site.page("toc.html")
        #expect(contents.contains("<li class=\"depth-0 draft\"><span class=\"chapter-number\">2</span> Planned <span class=\"draft-label\">(draft)</span></li>"))
        #expect(contents.contains("<a href=\"part/tibia.html\"><span class=\"chapter-number\">1.1</span> Tibia</a>"))
    }

    @Test func indexComesFromThePrefixChapterAnd404Exists() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.build()
        let index = try site.page("index.html")
        #expect(index.contains("<h1>Welcome aboard</h1>"))
        #expect(index.contains("href=\"assets/marrow.css\""))
        #expect(index.contains("href=\"part/sites.html\""))
        #expect(try site.page("404.html").contains("<h1>Page not found</h1>"))
    }

    @Test func everyInternalURLIsRelativeAndEndsInHTML() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.build()
        let pattern = try NSRegularExpression(pattern: "(?:href|src)=\"([^\"]*)\"")
        for (path, data) in try site.snapshot(of: site.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let url = String(html[Range(match.range(at: 1), in: html)!])
                if url.hasPrefix("https://") || url.hasPrefix("#") { continue }
                #expect(!url.hasPrefix("/"), "\(path): \(url)")
                let file = String(url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
                #expect([".html", ".css", ".js"].contains { file.hasSuffix($0) }, "\(path): \(url)")
                let target = URL(fileURLWithPath: file, relativeTo: site.output.appendingPathComponent(path).deletingLastPathComponent())
                #expect(FileManager.default.fileExists(atPath: target.path), "\(path): \(url) is broken")
            }
        }
    }

    @Test func draftInFrontMatterIsListedButNotBuilt() throws {
        let site = try FixtureSite(files: MinimalBook.files(summary: "- [One](one.md)\n- [Two](two.md)\n",
                                                             chapters: ["one.md": "Text.\n", "two.md": "---\ndraft: true\n---\nSoon.\n"]))
        defer { site.remove() }
        let report = try site.build()
        #expect(report.diagnostics.isEmpty)
        #expect(!site.exists("two.html"))
        #expect(try site.page("toc.js").contains("{\"d\":0,\"n\":\"2\",\"t\":\"Two\"}"))
    }

    /// The whole-book contents live in one script, so a page does not grow with the book.
    @Test func pagesDoNotGrowWithTheNumberOfChapters() throws {
        func pageSize(chapters: Int) throws -> Int {
            let summary = (1...chapters).map { "- [Chapter \($0)](c\($0).md)\n" }.joined()
            var files: [String: String] = [:]
            for i in 1...chapters { files["c\(i).md"] = "Text of chapter.\n" }
            let site = try FixtureSite(files: MinimalBook.files(summary: summary, chapters: files))
            defer { site.remove() }
            try site.build()
            return try site.page("c2.html").utf8.count
        }
        let small = try pageSize(chapters: 5), large = try pageSize(chapters: 400)
        #expect(large - small < 40, "page grew from \(small) to \(large) bytes")
    }

    /// Front matter `reviewed:` is shown under the chapter's title; a date that is not one is a located error.
    @Test func reviewedDateIsShownUnderTheTitle() throws {
        let site = try FixtureSite(files: MinimalBook.files(summary: "- [One](one.md)\n- [Two](two.md)\n", chapters: [
            "one.md": "---\ntitle: One\nreviewed: 2026-11-30\n---\nText.\n",
            "two.md": "Text.\n",
        ]))
        defer { site.remove() }
        let report = try site.build()
        #expect(report.diagnostics.isEmpty)
        #expect(try site.page("one.html").contains("<p class=\"chapter-reviewed\">Reviewed <time datetime=\"2026-11-30\">30 November 2026</time></p>"))
        #expect(!(try site.page("two.html").contains("chapter-reviewed")))
        try site.write("content/two.md", "---\nreviewed: 2026-02-30\n---\nText.\n")
        #expect(site.diagnosticLines(try site.build()) == [
            "content/two.md:2:11: error: 'reviewed' must be a date written YYYY-MM-DD, such as 2026-11-30 [yaml-value]",
        ])
    }

    /// `pdf:` names the book as a PDF under content/: copied and linked from every page's sidebar.
    @Test func aPDFOfTheBookIsLinkedFromEveryPage() throws {
        var files = MinimalBook.files(summary: "- [One](one.md)\n- [Two](two.md)\n", chapters: ["one.md": "One.\n", "two.md": "Two.\n"],
                                      book: "title: Test\npdf: downloads/book.pdf\n")
        files["content/downloads/book.pdf"] = "%PDF-1.4\n%%EOF\n"
        let site = try FixtureSite(files: files)
        defer { site.remove() }
        #expect(site.diagnosticLines(try site.build()).isEmpty)
        for page in ["one.html", "two.html", "index.html"] {
            #expect(try site.page(page).contains(#"<a href="downloads/book.pdf" download>The book as a PDF</a>"#), "\(page)")
        }
        #expect(try site.page("downloads/book.pdf") == "%PDF-1.4\n%%EOF\n")
    }

    @Test func aPDFThatIsNotThereIsLocated() throws {
        for (value, why) in [("book.pdf", "does not exist under content/"), ("../book.pdf", "is outside the content folder"), ("one.md", "is not a .pdf file")] {
            let site = try FixtureSite(files: MinimalBook.files(book: "title: Test\npdf: \(value)\n"))
            defer { site.remove() }
            #expect(site.diagnosticLines(try site.build()) == ["content/book.yml:2:6: error: pdf '\(value)' \(why) [pdf-missing]"])
        }
    }
}
