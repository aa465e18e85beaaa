import Foundation
import Testing
@testable import MarrowKit

/// The hostile-input suite: each case is a fixture site built over an existing `public/`, inside
/// a folder of its own. Whatever the input, the build either succeeds with the content made
/// harmless or fails with located diagnostics; when it fails `public/` is exactly as it was, and
/// nothing is ever written outside the project.
@Suite struct HostileSuiteTests {
    enum Outcome {
        /// Builds; the listed diagnostic ids (warnings) are reported.
        case succeeds(warnings: [String])
        /// Fails with at least these error ids, every error located in a file.
        case fails([String])
    }

    struct Case: CustomTestStringConvertible {
        let name: String
        let files: [String: String]
        let outcome: Outcome
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "script, iframe and onerror in Markdown", files: MinimalBook.files(chapters: ["one.md": """
            <script>alert(1)</script>

            <iframe src="https://example.org"></iframe>

            Inline <img src=x onerror=alert(2)> and <a href="#" onclick="alert(3)">x</a>.
            """]), outcome: .succeeds(warnings: ["raw-html-removed"])),
        Case(name: "the same with raw_html: true", files: MinimalBook.files(chapters: ["one.md": """
            <script>alert(1)</script>

            <iframe src="https://example.org"></iframe>

            <div onmouseover="alert(4)"><img src=x onerror=alert(2)> <a href="javascript:alert(5)">x</a>
            <a href=" JaVaScRiPt:alert(6)">y</a> <a href="&#106;avascript:alert(7)">z</a> <img src="data:text/html,x"></div>
            """], book: "title: T\nraw_html: true\n"), outcome: .succeeds(warnings: [])),
        Case(name: "javascript: and data: URLs in links and images", files: MinimalBook.files(chapters: ["one.md": """
            [a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=)
            ![d](data:text/html,x) ![e](javascript:alert(1)) [f](vbscript:msgbox)
            """]), outcome: .succeeds(warnings: Array(repeating: "unsafe-url", count: 6))),
        Case(name: "10,000-deep nested lists", files: MinimalBook.files(chapters: [
            "one.md": (0..<10_000).map { String(repeating: "  ", count: $0) + "- item\n" }.joined(),
        ]), outcome: .fails(["nesting-too-deep"])),
        Case(name: "10,000-deep block quotes", files: MinimalBook.files(chapters: ["one.md": String(repeating: "> ", count: 10_000) + "x\n"]),
             outcome: .fails(["nesting-too-deep"])),
        Case(name: "YAML with tabs", files: MinimalBook.files(book: "title: T\nauthors:\n\t- A\n"), outcome: .fails(["yaml-syntax"])),
        Case(name: "YAML with an unclosed quote in front matter", files: MinimalBook.files(chapters: ["one.md": "---\ntitle: \"Open\n---\nBody.\n"]),
             outcome: .fails(["yaml-syntax"])),
        Case(name: "YAML with wrong types", files: MinimalBook.files(chapters: ["one.md": "---\ntitle: [1, 2]\ndraft: maybe\n---\nBody.\n"],
                                                                     book: "title: {a: 1}\nnumbering: 3\n"),
             outcome: .fails(["yaml-type"])),
        Case(name: "BibTeX with unbalanced braces, a missing comma and a key defined twice",
             files: MinimalBook.files(chapters: ["one.md": "Cites [@ok].\n"], book: "title: T\nbibliography: refs.bib\n").merging([
                 "content/refs.bib": """
                 @article{ok, author={A, B}, title={Fine}, journal={J}, year={2000}}
                 @article{open, author={A, B}, title={Never {closed}, journal={J}, year={2000}}
                 @article{comma, author={A, B} title={No comma}, year={2000}}
                 @article{ok, author={C, D}, title={Again}, journal={J}, year={2001}}
                 """,
             ]) { $1 }, outcome: .fails(["bibtex-syntax", "citation-duplicate-key"])),
        Case(name: "SUMMARY.md naming a file twice and a missing one",
             files: MinimalBook.files(summary: "- [One](one.md)\n- [Again](one.md)\n- [Gone](gone.md)\n"),
             outcome: .fails(["summary-duplicate", "summary-missing-file"])),
        Case(name: "links and images out of content/", files: MinimalBook.files(chapters: ["one.md": """
            [p](../../etc/passwd) [a](/etc/passwd) ![i](../../../etc/hostname) ![j](/etc/hostname) [k](../book.yml)
            """]), outcome: .fails(["path-outside-content"])),
    ]

    @Test(arguments: cases)
    func hostileInput(_ testCase: Case) throws {
        let parent = try FixtureSite.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let root = parent.appendingPathComponent("project")
        let site = try FixtureSite(root: root, files: testCase.files)
        try site.write("public/index.html", "old site\n")
        let before = try site.snapshot(of: parent)

        let report = try site.build()

        let after = try site.snapshot(of: parent)
        let outsideOutput = { (files: [String: Data]) in files.filter { !$0.key.hasPrefix("project/public/") } }
        #expect(outsideOutput(after) == outsideOutput(before), "nothing written outside public/")
        let errors = report.diagnostics.filter { $0.severity == .error }
        switch testCase.outcome {
        case .succeeds(let warnings):
            #expect(errors.isEmpty, "\(site.diagnosticLines(report))")
            #expect(report.diagnostics.map(\.id) == warnings, "\(site.diagnosticLines(report))")
            for (path, data) in try site.snapshot(of: site.output) where path.hasSuffix(".html") {
                let html = String(decoding: data, as: UTF8.self).lowercased()
                let scripts = html.components(separatedBy: "<script").dropFirst()
                #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"") && $0.contains("></script>") }, "only script files in \(path)")
                #expect(!html.contains("<iframe"), "iframe in \(path)")
                // Text may mention anything once escaped; what matters is what stands in real tags.
                for tag in Self.tags(in: html) {
                    #expect(tag.firstMatch(of: #/\son[a-z]+\s*=/#) == nil, "event handler in \(path): \(tag)")
                    #expect(tag.firstMatch(of: #/javascript:|vbscript:|data:text\/html/#) == nil, "script URL in \(path): \(tag)")
                }
            }
        case .fails(let ids):
            #expect(!errors.isEmpty)
            for id in ids { #expect(errors.contains { $0.id == id }, "\(id) in \(site.diagnosticLines(report))") }
            #expect(errors.allSatisfy { $0.location != nil }, "located: \(site.diagnosticLines(report))")
            #expect(after == before, "public/ untouched")
        }
    }

    /// The start tags of an HTML page, lowercased.
    static func tags(in html: String) -> [String] {
        html.matches(of: #/<[a-z][^>]*>/#).map { String($0.output) }
    }
}
