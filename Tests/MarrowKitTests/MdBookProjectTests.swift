import Foundation
import Testing
@testable import MarrowKit

/// mdBook projects as they stand (`MdBookFixtures/<case>/`: a `book.toml`, sources, and the exact
/// diagnostics in `expected-diagnostics.txt`, regenerated with `MARROW_UPDATE_FIXTURES=1`), built
/// into a temporary folder and checked through the pages they give.
@Suite struct MdBookProjectTests {
    static let names: [String] = (try? FileManager.default.contentsOfDirectory(atPath: Repository.mdBookFixtures.path).sorted()) ?? []

    /// Builds a fixture, checks its diagnostics against its expected file, and hands it over.
    func build(_ name: String) throws -> (FixtureSite, BuildPipeline.Report) {
        let site = try FixtureSite(fixture: name, in: Repository.mdBookFixtures)
        let report = try site.build()
        let actual = site.diagnosticLines(report).joined(separator: "\n") + "\n"
        let expectedURL = Repository.mdBookFixtures.appendingPathComponent(name).appendingPathComponent("expected-diagnostics.txt")
        if ProcessInfo.processInfo.environment["MARROW_UPDATE_FIXTURES"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        #expect(actual == (try String(contentsOf: expectedURL, encoding: .utf8)), "\(name)")
        return (site, report)
    }

    /// A page with the highlighter's token spans taken out, to compare its code as text.
    static func withoutHighlighting(_ html: String) -> String {
        html.replacingOccurrences(of: #"<span class="hl-[a-z]">([^<]*)</span>"#, with: "$1", options: .regularExpression)
    }

    @Test func everyFixtureIsCovered() {
        #expect(Set(Self.names) == ["book-toml", "code-blocks", "include-errors", "includes", "links", "prose", "raw-html"])
    }

    @Test func bookTomlSetsTheFoldersTheSiteAndTheExtras() throws {
        let (site, report) = try build("book-toml")
        defer { site.remove() }
        #expect(!report.failed)
        let layout = site.layout
        #expect(layout.settings == .bookTOML)
        #expect(layout.content.lastPathComponent == "text")
        #expect(layout.output.lastPathComponent == "out")
        let home = try site.page("index.html")
        #expect(home.contains("<html lang=\"en-GB\">"))
        #expect(home.contains("<title>Introduction · Fixture Book</title>"))
        #expect(home.contains("<a href=\"chapter.html\">the chapter</a>"))
        #expect(home.contains("<link rel=\"stylesheet\" href=\"assets/book/theme/custom.css\">"))
        #expect(home.contains("<script src=\"assets/book/theme/extra.js\" defer></script>"))
        #expect(home.contains("<a class=\"repository-link\" href=\"https://example.org/fixture\">Source</a>"))
        #expect(home.contains("<a href=\"https://example.org/fixture/edit/main/text/README.md\">Edit this page</a>"))
        #expect(home.contains("<p class=\"authors\">Ada Author, Bo Writer</p>"))
        #expect(site.exists("assets/book/theme/custom.css"))
        let page = try site.page("guide/page.html")
        #expect(page.contains("<a href=\"../guide/index.html\">the guide</a>") || page.contains("<a href=\"index.html\">the guide</a>"))
        let redirect = try site.page("old/place.html")
        #expect(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; URL=../chapter.html\">"))
        #expect(try site.page("chapter.html").contains("<h1>"), "a redirect never replaces a chapter")
        let notFound = try site.page("404.html")
        #expect(notFound.contains("<h1>Lost in the book</h1>"))
        #expect(notFound.contains("This page is not here"))
        #expect(site.exists("print.html"), "mdBook writes print.html by default")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path))
    }

    @Test func linksWrittenAsPagesAreCheckedAndLinksOutAreKept() throws {
        let (site, report) = try build("links")
        defer { site.remove() }
        #expect(!report.failed)
        let one = try site.page("one.html")
        #expect(one.contains("<a href=\"dir/two.html\">two</a>"))
        #expect(one.contains("<a href=\"dir/two.html#deep-down\">two at a heading</a>"))
        #expect(one.contains("<a href=\"dir/index.html\">the folder</a>"))
        #expect(one.contains("<a href=\"#start-here\">here</a>"))
        #expect(one.contains("<a href=\"../std/index.html\">std</a>"))
        #expect(one.contains("<a href=\"/index.html\">site root</a>"))
        #expect(one.contains("<a href=\"https://example.org/?q=%5B1%5D\">a query</a>"), "[ and ] encoded as cmark-gfm does")
        #expect(one.contains("<a href=\"\">nothing</a>"), "an empty destination is href=\"\", as cmark-gfm writes it")
        #expect(try site.page("dir/index.html").contains("<a href=\"../one.html\">one</a>"))
    }

    @Test func brokenPageLinksAreLocatedErrors() throws {
        var files = MinimalBook.files(chapters: ["one.md": "# One\n\n[gone](two.html) and [bad anchor](one.html#nowhere).\n"])
        files["book.toml"] = "[book]\ntitle = \"T\"\nsrc = \"content\"\n"
        files.removeValue(forKey: "content/book.yml")
        let site = try FixtureSite(files: files)
        defer { site.remove() }
        let report = try site.build()
        #expect(site.diagnosticLines(report) == [
            "content/one.md:3:1: error: 'two.html' does not exist [link-missing-file]",
            "content/one.md:3:22: error: 'one.md' has no heading with anchor '#nowhere' [link-missing-anchor]",
        ])
    }

    @Test func includesExpandAsMdBookExpandsThem() throws {
        let (site, report) = try build("includes")
        defer { site.remove() }
        #expect(!report.failed)
        let highlighted = try site.page("code.html")
        #expect(highlighted.contains("<span class=\"hl-k\">fn</span>"), "Rust is highlighted")
        let page = Self.withoutHighlighting(highlighted)
        #expect(page.contains("<title>Code, included</title>"))
        #expect(page.contains("<pre><code class=\"language-text\">one\ntwo\nthree\nfour\nfive\n</code></pre>"))
        #expect(page.contains("<pre><code class=\"language-text\">two\n---\ntwo\nthree\n---\none\ntwo\n---\nfour\nfive\n</code></pre>"))
        #expect(page.contains("<pre><code class=\"language-rust highlighted\">fn main() {\n    println!(&quot;hello&quot;);\n}\n</code></pre>"))
        #expect(page.contains("<pre class=\"has-hidden-lines\"><code class=\"language-rust highlighted\"><span class=\"boring\">use std::io;\n</span><span class=\"boring\">\n</span>fn main() {"))
        #expect(page.contains("<p>Nested text, then:</p>\n<p>five</p>"))
        #expect(page.contains("<code>{{#include ../listings/lines.txt}}</code>"))
        #expect(page.contains("<blockquote>\n<p>one\ntwo</p>\n</blockquote>"))
        #expect(!page.contains("ANCHOR"))
        #expect(!page.contains("{{#rustdoc_include") && !page.contains("{{#title"))
    }

    @Test func includeProblemsAreLocatedErrors() throws {
        let (site, report) = try build("include-errors")
        defer { site.remove() }
        #expect(report.failed)
        #expect(report.diagnostics.allSatisfy { $0.severity == .error && $0.location?.line ?? 0 > 0 })
        #expect(!FileManager.default.fileExists(atPath: site.layout.output.path), "a failed build writes nothing")
    }

    @Test func codeBlocksKeepTheirLanguageAndHideLines() throws {
        let (site, report) = try build("code-blocks")
        defer { site.remove() }
        #expect(!report.failed)
        let highlighted = try site.page("code.html")
        #expect(highlighted.contains("<span class=\"boring\"><span class=\"hl-a\">#![allow(unused)]</span>\n</span>"))
        #expect(highlighted.contains("<span class=\"hl-k\">fn</span> <span class=\"hl-f\">main</span>"))
        let page = Self.withoutHighlighting(highlighted)
        #expect(page.contains("<pre class=\"has-hidden-lines\"><code class=\"language-rust highlighted\" data-info=\"editable ignore\">"
            + "<span class=\"boring\">#![allow(unused)]\n</span>#[derive(Debug)]\nstruct Point;\n# not hidden\n<span class=\"boring\">\n</span>"
            + "fn main() {\n<span class=\"boring\">    let hidden = 1;\n</span>    println!(&quot;{:?}&quot;, Point);\n}\n</code></pre>"))
        #expect(page.contains("<pre><code class=\"language-console highlighted\">$ cargo run\n# a shell comment, shown\n</code></pre>"))
        #expect(page.contains("<pre class=\"has-hidden-lines\"><code class=\"language-python highlighted\" data-info=\"hidelines=~\"><span class=\"boring\">import os\n</span>print(os.name)\n</code></pre>"))
    }

    @Test func rawHTMLIsSanitisedLikeGitHub() throws {
        let (site, report) = try build("raw-html")
        defer { site.remove() }
        #expect(!report.failed)
        let page = try site.page("markup.html")
        #expect(!page.contains("&lt;!--") && !page.contains("<!--") && !page.contains("ignore"))
        #expect(page.contains("<a id=\"old-anchor\"></a>"))
        #expect(page.contains("Press <kbd>Ctrl</kbd>+<kbd>C</kbd>; H<sub>2</sub>O; <span class=\"note\">noted</span>."))
        #expect(page.contains("<img src=\"images/pic.svg\" alt=\"A square\" width=\"10\">"))
        #expect(site.exists("images/pic.svg"), "an image named only in raw HTML is copied")
        #expect(page.contains("<details>\n<summary>More</summary>"))
        #expect(page.contains("<p>Listing text stays.</p>") && !page.contains("Listing number"))
        #expect(!page.contains("alert("))
        #expect(page.contains("<a href=\"other.html#there\">to other</a> and bad."))
        #expect(try site.page("other.html").contains("<a href=\"markup.html#old-anchor\">the old anchor</a>"))
    }

    @Test func proseIsProse() throws {
        let (site, report) = try build("prose")
        defer { site.remove() }
        #expect(!report.failed)
        let prose = try site.page("prose.html")
        #expect(prose.contains("Hi @someone, thanks @rustbot; annotate with <code>@Override</code> or @Override."))
        #expect(prose.contains("<a href=\"mailto:carol@example.com\">carol@example.com</a>"))
        #expect(prose.contains("Escaped @carol, and [@bracketed] without a bibliography."))
        #expect(prose.contains("<h2 id=\"custom-id\" class=\"special wide\"><span class=\"section-number\">1.1</span> Attributes <a"))
        #expect(prose.contains("<a href=\"#custom-id\">the attributes</a>"))
        let rule = try site.page("rule.html")
        #expect(rule.contains("<hr>\n<p>Starts with a rule, not front matter.</p>\n<hr>"))
        let cites = try site.page("cites.html")
        #expect(cites.contains("<sup><a href=\"#ref-knuth1984\">1</a></sup>") || cites.contains("#ref-knuth1984\">1</a>"))
        #expect(cites.contains("A near miss, @knuth1948, stays text with a warning; @knuth is prose."))
    }

    @Test func aTokenOverSeveralLinesIsClosedAndReopenedAtEachBreak() {
        let tokens = [CodeToken(category: "c", text: "/* a\nb */"), CodeToken(category: "", text: " x <\n")]
        #expect(CodeBlockHTML.lines(of: tokens) == ["<span class=\"hl-c\">/* a</span>", "<span class=\"hl-c\">b */</span> x &lt;", ""])
        let html = CodeBlockHTML.render(info: "rust", literal: "# /* a\nb */ x <\n", tokens: tokens)
        #expect(html == "<pre class=\"has-hidden-lines\"><code class=\"language-rust highlighted\"><span class=\"boring\"><span class=\"hl-c\">/* a</span>\n</span>"
            + "<span class=\"hl-c\">b */</span> x &lt;\n</code></pre>\n")
    }
}
