import Foundation
import Testing
@testable import MarrowKit

/// Hostile input never crashes the build and never reaches a page unescaped.
@Suite struct HostileInputTests {
    @Test func deepNestingIsALocatedErrorNotACrash() throws {
        let quotes = String(repeating: ">", count: 10_000) + " deep\n\n"
        let list = (0..<1_000).map { String(repeating: "  ", count: $0) + "- item\n" }.joined()
        let site = try FixtureSite(files: MinimalBook.files(chapters: ["one.md": quotes + list]))
        defer { site.remove() }
        let report = try site.build()
        #expect(site.diagnosticLines(report) == ["content/one.md:1:100: error: blocks nested more than 100 levels deep [nesting-too-deep]"])
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    /// Chapters are parsed on all cores with one parser: each deep chapter reports its own cut, at
    /// its own line, and the others none.
    @Test func eachDeepChapterReportsItsOwnCut() throws {
        let names = (0..<40).map { "c\($0).md" }
        var chapters: [String: String] = [:]
        var expected: [String] = []
        for (number, name) in names.enumerated() {
            let lead = String(repeating: "Text.\n\n", count: number)
            chapters[name] = number % 2 == 0 ? lead + String(repeating: ">", count: 500) + " deep\n" : lead + "Plain.\n"
            if number % 2 == 0 {
                expected.append("content/\(name):\(2 * number + 1):100: error: blocks nested more than 100 levels deep [nesting-too-deep]")
            }
        }
        let site = try FixtureSite(files: MinimalBook.files(summary: names.map { "- [\($0)](\($0))\n" }.joined(), chapters: chapters))
        defer { site.remove() }
        let report = try site.build()
        #expect(site.diagnosticLines(report).sorted() == expected.sorted())
    }

    @Test func markupInTitlesIsEscapedEverywhere() throws {
        let evil = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
        let site = try FixtureSite(files: MinimalBook.files(
            summary: "- [\(evil)](one.md)\n",
            chapters: ["one.md": "---\ntitle: \"\(evil)\"\ndescription: \"\(evil)\"\n---\n## \(evil)\n\nCites [@k].\n"],
            book: "title: \"\(evil)\"\nbibliography: refs.bib\n").merging([
                "content/refs.bib": "@article{k, author={Evil, E.}, title={\(evil)}, journal={J}, year={2000}}\n",
            ]) { $1 })
        defer { site.remove() }
        let report = try site.build()
        #expect(!report.diagnostics.hasErrors)
        for (path, data) in try site.snapshot(of: site.output) where path.hasSuffix(".html") || path.hasSuffix(".js") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>alert"), "\(path)")
            #expect(!text.contains("<img src=x"), "\(path)")
            #expect(!text.contains("</script><script>"), "\(path)")
        }
        #expect(try site.page("one.html").contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func invalidUTF8AndNULInAChapterAreLocatedErrors() throws {
        let site = try FixtureSite(files: MinimalBook.files(summary: "- [One](one.md)\n- [Two](two.md)\n", chapters: [:]))
        defer { site.remove() }
        try site.write("content/one.md", data: Data("Fine\nbad ".utf8) + Data([0xC3, 0x28]))
        try site.write("content/two.md", data: Data("a\u{0}b".utf8))
        let report = try site.build()
        #expect(site.diagnosticLines(report) == [
            "content/one.md:2:5: error: file is not valid UTF-8 (byte 0xC3) [invalid-utf8]",
            "content/two.md:1:2: error: file contains a NUL byte [nul-byte]",
        ])
    }

    @Test func unusualFileNamesWork() throws {
        let site = try FixtureSite(files: MinimalBook.files(
            summary: "- [Spaces](<with spaces.md>)\n- [Unicode](café/ñandú.md)\n",
            chapters: ["with spaces.md": "See [u](caf%C3%A9/%C3%B1and%C3%BA.md).\n", "café/ñandú.md": "Back [s](<../with spaces.md>).\n",
                       ".hidden.md": "Ignored.\n"]))
        defer { site.remove() }
        let report = try site.build()
        #expect(report.diagnostics.isEmpty)
        #expect(site.exists("with spaces.html"))
        #expect(site.exists("café/ñandú.html"))
        #expect(try site.page("with spaces.html").contains("href=\"caf%C3%A9/%C3%B1and%C3%BA.html\""))
        #expect(try site.page("café/ñandú.html").contains("href=\"../with%20spaces.html\""))
    }
}
