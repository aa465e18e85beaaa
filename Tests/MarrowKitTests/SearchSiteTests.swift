import Foundation
import Testing
@testable import MarrowKit

/// The search index through the public surface: a fixture site built into a temporary folder.
struct SearchSiteTests {
    static let files = [
        "content/book.yml": """
        title: Search fixture
        search:
          synonyms:
            - [IO, intraosseous]
            - [CBC, complete blood count]
        """,
        "content/SUMMARY.md": "# Summary\n\n- [Sites](sites.md)\n- [Labs](labs.md)\n",
        "content/sites.md": """
        # Sites

        Opening words about marrow.

        ## Proximal tibia {#tibia}

        The tibia is the usual site.

        > [!WARNING]
        > Avoid fractured bones.

        ![A humerus drawn from the front](humerus.svg)

        ## Humeral head

        | Site | Needle |
        |---|---|
        | Humerus | 45 mm |
        """,
        "content/labs.md": "# Labs\n\n## Counts\n\nA complete blood count from the marrow.\n",
        "content/humerus.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    ]

    func text(_ site: FixtureSite, _ path: String) throws -> String { try site.page(path) }

    /// Every section of `search/d/*.js`, inflated, in order: [{u, c, s, t}].
    func sections(_ site: FixtureSite) throws -> [[String: String]] {
        var all: [[String: String]] = []
        var file = 0
        while site.exists("search/d/\(file).js") {
            let script = try site.page("search/d/\(file).js")
            #expect(script.hasPrefix("marrowSearch.addDocs(\(all.count),\""))
            let base64 = script.split(separator: "\"")[1]
            let json = try #require(Data(base64Encoded: String(base64)).flatMap(Deflate.decompress))
            all += try JSONDecoder().decode([[String: String]].self, from: json)
            file += 1
        }
        return all
    }

    @Test func oneDocumentPerSectionWithAnchorsAndFields() throws {
        let site = try FixtureSite(files: Self.files)
        let report = try site.build()
        #expect(report.diagnostics.isEmpty)
        let meta = try text(site, "search/meta.js")
        #expect(meta.contains("\"docs\":5"))
        #expect(meta.contains("[[\"io\"],[\"intraoss\"]]"))
        #expect(meta.contains("[[\"cbc\"],[\"complet\",\"blood\",\"count\"]]"))
        let docs = try sections(site)
        #expect(docs.map { $0["u"] } == ["sites.html", "sites.html#tibia", "sites.html#humeral-head", "labs.html", "labs.html#counts"])
        #expect(docs[1]["s"] == "1.1 Proximal tibia" && docs[1]["c"] == "1 Sites")
        #expect(docs[0]["s"] == nil && docs[0]["t"] == "Opening words about marrow.")
        #expect(docs[1]["t"]!.contains("Avoid fractured bones"))
        #expect(docs[1]["t"]!.contains("A humerus drawn from the front"))
        // Cells and rows kept apart, so that a snippet does not run them together (issue 22, point 10).
        #expect(docs[2]["t"] == "Site · Needle. Humerus · 45 mm.")
        // Words of callouts, alt text and table cells are in the vocabulary.
        #expect(try text(site, "search/v/fr.js").contains("\"fractur\":"))
        #expect(try text(site, "search/v/hu.js").contains("\"humerus\":"))
        #expect(try text(site, "search/v/45.js").contains("\"45\":"))
        #expect(site.exists("search.html"))
        #expect(try site.page("search.html").contains("role=\"combobox\""))
        #expect(try site.page("sites.html").contains("assets/search.js"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try FixtureSite(files: Self.files)
        try site.build()
        let first = try site.snapshot(of: site.output)
        try site.build()
        #expect(try site.snapshot(of: site.output) == first)
        #expect(first.keys.contains("search/meta.js"))
    }

    @Test func wrongSynonymTypesAreLocated() throws {
        var files = Self.files
        files["content/book.yml"] = """
        title: Bad
        search:
          synonyms:
            - IO
            - [CBC]
          synonym: []
        """
        let site = try FixtureSite(files: files)
        let lines = site.diagnosticLines(try site.build(.check))
        #expect(lines.contains("content/book.yml:4:7: error: each entry of 'synonyms' must be a list of two or more words, such as [IO, intraosseous] [yaml-type]"))
        #expect(lines.contains("content/book.yml:5:7: error: a synonym group needs two or more entries, each with a searchable word [search-synonyms]"))
        #expect(lines.contains("content/book.yml:6:3: warning: unknown key 'synonym'; did you mean 'synonyms'? [yaml-unknown-key]"))
        files["content/book.yml"] = "title: Bad\nsearch: [IO]\n"
        let other = try FixtureSite(files: files)
        #expect(other.diagnosticLines(try other.build(.check)) ==
                ["content/book.yml:2:9: error: 'search' must be a mapping (with 'synonyms') [yaml-type]"])
    }
}
