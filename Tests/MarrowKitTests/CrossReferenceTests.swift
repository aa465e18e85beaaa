import Foundation
import Testing
@testable import MarrowKit

/// Labels, cross-references, links with empty text, "Linked from" and "Read next", on a built site.
@Suite struct CrossReferenceTests {
    func makeSite() throws -> FixtureSite {
        try FixtureSite(files: MinimalBook.files(
            summary: "- [Sites](sites.md)\n- [Labs](labs/labs.md)\n- [Other](other.md)\n",
            chapters: [
                "sites.md": """
                ## Overview

                ![Proximal tibia](tibia.svg){#fig-tibia}

                ![Distal femur](tibia.svg){#fig-femur}

                ## Tibia {#sec-tibia}

                See @fig-femur and [@tbl-labs]; values in [](labs/labs.md#agreement). Go to [](labs/labs.md).
                """,
                "labs/labs.md": """
                ## Agreement

                : Venous and IO values {#tbl-labs}

                Not a caption.

                | Test | Agrees |
                |------|--------|
                | pH   | yes    |

                Table: Lab values {#tbl-labs}

                Back to @sec-tibia and @fig-tibia.
                """,
                "other.md": "Unrelated.\n",
            ]).merging(["content/tibia.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"]) { $1 })
    }

    @Test func labelsAreNumberedPerChapterAndLinked() throws {
        let site = try makeSite()
        defer { site.remove() }
        let report = try site.build()
        #expect(report.diagnostics.isEmpty)
        let sites = try site.page("sites.html")
        #expect(sites.contains("<figure id=\"fig-tibia\">\n<a class=\"figure-full\" href=\"tibia.svg\" aria-label=\"Figure 1.1, full size\"><img src=\"tibia.svg\" alt=\"\" loading=\"lazy\"></a>\n<figcaption><span class=\"caption-number\">Figure 1.1:</span> Proximal tibia</figcaption>"))
        #expect(sites.contains("<figcaption><span class=\"caption-number\">Figure 1.2:</span> Distal femur</figcaption>"))
        #expect(sites.contains("See <a href=\"#fig-femur\">Figure 1.2</a> and <a href=\"labs/labs.html#tbl-labs\">Table 2.1</a>;"))
        #expect(sites.contains("<h2 id=\"sec-tibia\"><span class=\"section-number\">1.2</span> Tibia"))
        let labs = try site.page("labs/labs.html")
        // Caption above the table.
        #expect(labs.contains("<figure class=\"table-figure\" id=\"tbl-labs\">\n<figcaption><span class=\"caption-number\">Table 2.1:</span> Lab values</figcaption>\n<div class=\"table-wrap\"><table>"))
        #expect(labs.contains("Back to <a href=\"../sites.html#sec-tibia\">Section 1.2</a> and <a href=\"../sites.html#fig-tibia\">Figure 1.1</a>."))
    }

    @Test func emptyLinkTextTakesTheTargetsNumberAndTitle() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.build()
        let sites = try site.page("sites.html")
        #expect(sites.contains("values in <a href=\"labs/labs.html#agreement\">2.1 Agreement</a>."))
        #expect(sites.contains("Go to <a href=\"labs/labs.html\">2 Labs</a>."))
    }

    @Test func linkedFromListsTheSectionsThatLinkHere() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.build()
        let labs = try site.page("labs/labs.html")
        #expect(labs.contains("<h2 id=\"linked-from-title\">Linked from</h2>\n<ul>\n<li><a href=\"../sites.html#sec-tibia\">Sites › Tibia</a></li>\n</ul>"))
        let sites = try site.page("sites.html")
        #expect(sites.contains("<li><a href=\"labs/labs.html#agreement\">Labs › Agreement</a></li>"))
        #expect(!(try site.page("other.html")).contains("Linked from"))
    }

    @Test func readNextRanksRelatedChapters() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.build()
        let sites = try site.page("sites.html")
        #expect(sites.contains("<h2 id=\"read-next-title\">Read next</h2>\n<ul>\n<li><a href=\"labs/labs.html\">2 Labs</a></li>\n</ul>"))
        #expect(!(try site.page("other.html")).contains("Read next"))
    }

    @Test func readNextPrefersSharedCitationsThenReadingOrder() throws {
        let bib = "@article{a, author={Able, A.}, title={One}, journal={J}, year={2000}}\n@article{b, author={Baker, B.}, title={Two}, journal={J}, year={2001}}\n"
        let site = try FixtureSite(files: MinimalBook.files(
            summary: "- [One](one.md)\n- [Two](two.md)\n- [Three](three.md)\n- [Four](four.md)\n",
            chapters: ["one.md": "Cites [@a; @b].\n", "two.md": "Cites [@a].\n", "three.md": "Cites [@a; @b].\n", "four.md": "None.\n"],
            book: "title: T\nbibliography: refs.bib\n").merging(["content/refs.bib": bib]) { $1 })
        defer { site.remove() }
        let report = try site.build()
        #expect(!report.diagnostics.hasErrors)
        let one = try site.page("one.html")
        #expect(one.contains("<h2 id=\"read-next-title\">Read next</h2>\n<ul>\n<li><a href=\"three.html\">3 Three</a></li>\n<li><a href=\"two.html\">2 Two</a></li>\n</ul>"))
        #expect(!(try site.page("four.html")).contains("Read next"))
        // The chapter before is where the reader comes from: three shares most with two, but not it.
        let three = try site.page("three.html")
        #expect(three.contains("<h2 id=\"read-next-title\">Read next</h2>\n<ul>\n<li><a href=\"one.html\">1 One</a></li>\n</ul>"))
    }
}
