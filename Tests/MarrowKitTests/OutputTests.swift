import Foundation
import Testing
@testable import MarrowKit

/// Atomic, deterministic output and the `--check` comparison.
@Suite struct OutputTests {
    func makeSite() throws -> FixtureSite {
        try FixtureSite(files: MinimalBook.files(
            summary: "- [One](one.md)\n- [Two](sub/two.md)\n",
            chapters: ["one.md": "## A\n\n![pic](p.png)\n", "sub/two.md": "See [one](../one.md#a).\n"],
            book: "title: Out\n").merging(["content/p.png": "png"]) { $1 })
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.build()
        let first = try site.snapshot(of: site.output)
        try site.build()
        let second = try site.snapshot(of: site.output)
        #expect(first.count > 5)
        #expect(first == second)
    }

    @Test func failedBuildLeavesThePreviousSiteWhole() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.build()
        let before = try site.snapshot()
        try site.write("content/sub/two.md", "Broken [link](nowhere.md).\n")
        let report = try site.build()
        #expect(report.diagnostics.hasErrors)
        #expect(!report.wroteOutput)
        var after = try site.snapshot()
        after["content/sub/two.md"] = before["content/sub/two.md"]
        #expect(after == before)
    }

    @Test func buildWritesNothingOutsideTheOutputFolder() throws {
        let site = try makeSite()
        defer { site.remove() }
        let parent = site.root
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: parent.path))
        try site.build()
        try site.build()
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: parent.path))
        #expect(after.subtracting(before) == ["public"])
        let content = try site.snapshot(of: parent.appendingPathComponent("content"))
        #expect(content.keys.sorted() == ["SUMMARY.md", "book.yml", "one.md", "p.png", "sub/two.md"])
    }

    @Test func leftoverStagingFolderFromAKilledBuildIsRemoved() throws {
        let site = try makeSite()
        defer { site.remove() }
        let stale = site.root.appendingPathComponent(".public.marrow-new-99999")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try site.build()
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test func checkModeComparesWithoutWriting() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.build()
        #expect(try site.build(.compare).differences.isEmpty)
        try site.write("content/one.md", "## A\n\n![pic](p.png) changed.\n")
        try site.write("public/stray.html", "x")
        let before = try site.snapshot(of: site.output)
        let report = try site.build(.compare)
        // The changed chapter's words change the search index too.
        #expect(report.differences.filter { !$0.contains(" search/") } == ["changed: index.html", "changed: one.html", "extra: stray.html"])
        #expect(report.differences.contains("changed: search/meta.js"))
        #expect(report.failed)
        #expect(try site.snapshot(of: site.output) == before)
    }

    @Test func checkCommandWritesNothing() throws {
        let site = try makeSite()
        defer { site.remove() }
        let report = try site.build(.check)
        #expect(!report.failed)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func warningsAsErrorsFailsTheBuild() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.write("content/orphan.md", "Not listed.\n")
        #expect(!(try site.build(.check).failed))
        let strict = try site.build(.check, warningsAsErrors: true)
        #expect(strict.failed)
        #expect(site.diagnosticLines(strict) == ["content/orphan.md: error: 'orphan.md' is not listed in SUMMARY.md and will not be built [chapter-unlisted]"])
    }

    @Test func summaryLineCountsPagesAndProblems() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.write("content/orphan.md", "Not listed.\n")
        var report = try site.build()
        report.seconds = 0.5
        let lines = ReportPrinter(formatter: DiagnosticFormatter()).lines(for: report, mode: .write)
        #expect(lines.summary == ["Built 2 pages, 0 errors, 1 warning, in 0.50 s"])
    }
}

@Suite struct OutputSizeTests {
    /// The output stays within 3 times the Markdown, as the issue asks of the 2,000-chapter corpus
    /// (measured there by hand so far); here on a 300-chapter book with realistic paragraphs and
    /// citations. The theme's assets, the same for every book, are held to a budget apart.
    @Test func outputStaysUnderThreeTimesTheMarkdown() throws {
        let paragraph = String(repeating: "Intraosseous access through the proximal tibia is quick and reliable. ", count: 12)
        var chapters: [String: String] = [:]
        var summary = ""
        for part in 0..<6 {
            summary += "\n# Part \(part)\n\n"
            for i in 0..<50 {
                let path = "p\(part)/c\(i).md"
                summary += "- [Chapter \(part).\(i)](\(path))\n"
                chapters[path] = (1...4).map { section in
                    let keys = (0..<3).map { "@k\((part * 50 + i + section * 7 + $0 * 13) % 40)" }.joined(separator: "; ")
                    return "## Section \(section)\n\n\(paragraph) [\(keys)].\n\n- a point\n- another point\n"
                }.joined(separator: "\n")
            }
        }
        // Citations weigh on the output (superscripts, each chapter's References), so they are in.
        let bib = (0..<40).map { "@article{k\($0), author={Author\($0), A. and Other, B.}, title={A study of intraosseous access number \($0)}, journal={Journal of Tests}, year={20\($0 % 10)0}, volume={\($0)}, pages={1--9}, doi={10.1000/test.\($0)}}\n" }.joined()
        let site = try FixtureSite(files: MinimalBook.files(summary: summary, chapters: chapters, book: "title: Test\nbibliography: refs.bib\nwarn_uncited: false\n")
            .merging(["content/refs.bib": bib]) { $1 })
        defer { site.remove() }
        #expect(!(try site.build()).diagnostics.hasErrors)
        let markdown = try site.snapshot(of: site.root.appendingPathComponent("content")).values.reduce(0) { $0 + $1.count }
        let files = try site.snapshot(of: site.output)
        // What grows with the Markdown (pages, search index) against it; the theme's scripts and
        // styles are the same for any book, so they have a budget of their own.
        let output = files.filter { !$0.key.hasPrefix("assets/") }.values.reduce(0) { $0 + $1.count }
        let theme = files.filter { $0.key.hasPrefix("assets/") }.values.reduce(0) { $0 + $1.count }
        #expect(Double(output) < 3 * Double(markdown), "output \(output) bytes for \(markdown) bytes of Markdown")
        #expect(theme < 120_000, "the theme's assets weigh \(theme) bytes")
    }
}

@Suite struct ContentBoundaryTests {
    @Test func symlinkEscapingContentIsRefused() throws {
        let site = try FixtureSite(files: MinimalBook.files(chapters: ["one.md": "![secret](leak.png) and [doc](leak.md)\n"]))
        defer { site.remove() }
        try site.write("secret.png", "private")
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("content/leak.png"),
                                                   withDestinationURL: site.root.appendingPathComponent("secret.png"))
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("content/leak.md"),
                                                   withDestinationURL: URL(fileURLWithPath: "/etc/hostname"))
        let report = try site.build()
        #expect(site.diagnosticLines(report) == [
            "content/leak.md: warning: 'leak.md' is not listed in SUMMARY.md and will not be built [chapter-unlisted]",
            "content/one.md:1:1: error: 'leak.png' is a link that resolves outside the content folder [path-outside-content]",
            "content/one.md:1:25: error: 'leak.md' is a link that resolves outside the content folder [path-outside-content]",
        ])
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func summaryEntryThatIsAnEscapingSymlinkIsRefused() throws {
        let site = try FixtureSite(files: MinimalBook.files(summary: "- [Leak](leak.md)\n", chapters: [:]))
        defer { site.remove() }
        try site.write("outside.md", "secret")
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("content/leak.md"),
                                                   withDestinationURL: site.root.appendingPathComponent("outside.md"))
        let report = try site.build()
        #expect(site.diagnosticLines(report) == ["content/SUMMARY.md:3:3: error: 'leak.md' resolves outside the content folder [path-outside-content]"])
    }
}
