import Foundation
import Testing
@testable import MarrowKit

/// `marrow serve`'s incremental builder: after each edit, the site it holds is byte for byte
/// what a fresh full build of the edited sources writes, with the same diagnostics.
@Suite struct IncrementalBuildTests {
    /// The course itself (content/ of this repository) in a temporary folder.
    func course() throws -> FixtureSite {
        let site = try FixtureSite(files: [:])
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        return site
    }

    func edit(_ site: FixtureSite, _ path: String, _ change: (String) -> String) throws -> URL {
        let url = site.root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit of \(path) changes it")
        try Data(changed.utf8).write(to: url)
        return url
    }

    /// Compares the incremental result with a fresh full build of the same sources.
    func expectSameAsFullBuild(_ builder: IncrementalBuild, _ result: IncrementalBuild.Result, _ site: FixtureSite,
                               _ comment: Comment, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        _ = builder.refreshSearch()
        let full = try site.build(.write)
        #expect(site.diagnosticLines(full) == result.diagnostics.map(DiagnosticFormatter().format), comment, sourceLocation: sourceLocation)
        #expect(full.failed == result.failed, comment, sourceLocation: sourceLocation)
        guard !full.failed else { return }
        let expected = try site.snapshot(of: site.output)
        #expect(Set(expected.keys) == Set(builder.site.keys), comment, sourceLocation: sourceLocation)
        let differing = expected.keys.filter { expected[$0] != builder.site[$0] }.sorted()
        #expect(differing.isEmpty, "\(comment): differs from a full build: \(differing)", sourceLocation: sourceLocation)
    }

    @Test func editsGiveTheSameSiteAsAFullBuild() throws {
        let site = try course()
        defer { site.remove() }
        let builder = IncrementalBuild(layout: site.layout)
        let first = try builder.build()
        #expect(first.rebuiltEverything && !first.failed)
        try expectSameAsFullBuild(builder, first, site, "first build")

        // A sentence added to one chapter: only that page is rendered again (and the print page,
        // which holds every chapter: the course sets `print_page: true`).
        var url = try edit(site, "content/technique.md") { $0 + "\nA sentence added while serving.\n" }
        var result = try builder.build(changed: [url])
        #expect(!result.rebuiltEverything)
        #expect(result.renderedPages == 1)
        #expect(Set(result.changed.keys) == ["technique.html", "print.html"])
        #expect(String(decoding: result.changed["technique.html"] ?? Data(), as: UTF8.self).contains("A sentence added while serving."))
        // The index follows: the new words' vocabulary shard changes, and a second refresh has nothing to do.
        let search = builder.refreshSearch()
        #expect(search.changed.keys.contains("search/v/se.js") && search.removed.isEmpty)
        #expect(builder.refreshSearch().changed.isEmpty)
        try expectSameAsFullBuild(builder, result, site, "body edit")

        // A new title: its neighbours' previous/next links and the pages linking to it change.
        url = try edit(site, "content/sampling.md") { $0.replacingOccurrences(of: "title: \"Blood sampling\"", with: "title: \"Sampling blood\"") }
        result = try builder.build(changed: [url])
        #expect(!result.rebuiltEverything)
        #expect(result.changed.keys.contains("technique.html") && result.changed.keys.contains("anaesthesia.html"))
        try expectSameAsFullBuild(builder, result, site, "title change")

        // The first citation of a key moves to the introduction: AMA numbers change book-wide.
        url = try edit(site, "content/index.md") { $0 + "\nAn early citation of a later study [@tsung2009feasibility].\n" }
        result = try builder.build(changed: [url])
        try expectSameAsFullBuild(builder, result, site, "renumbered citations")

        // A broken anchor is an error: the last good site stays; an edit elsewhere waits for the fix.
        let good = builder.site
        url = try edit(site, "content/technique.md") { $0 + "\nSee [nothing](glossary.md#no-such-term).\n" }
        result = try builder.build(changed: [url])
        #expect(result.failed && result.changed.isEmpty && builder.site == good)
        try expectSameAsFullBuild(builder, result, site, "broken anchor")
        let other = try edit(site, "content/sampling.md") { $0 + "\nWritten while another chapter was broken.\n" }
        result = try builder.build(changed: [other])
        #expect(result.failed && builder.site == good)
        url = try edit(site, "content/technique.md") { $0.replacingOccurrences(of: "glossary.md#no-such-term", with: "glossary.md#io") }
        result = try builder.build(changed: [url])
        #expect(!result.failed && result.changed.keys.contains("sampling.html"))
        try expectSameAsFullBuild(builder, result, site, "fixed anchor")

        // A glossary heading renamed: every page linking to its anchor reports the broken link.
        url = try edit(site, "content/glossary.md") { $0.replacingOccurrences(of: "{#io}", with: "{#io-access}") }
        result = try builder.build(changed: [url])
        #expect(result.failed)
        try expectSameAsFullBuild(builder, result, site, "renamed anchor")
        url = try edit(site, "content/glossary.md") { $0.replacingOccurrences(of: "{#io-access}", with: "{#io}") }
        result = try builder.build(changed: [url])
        try expectSameAsFullBuild(builder, result, site, "anchor restored")

        // A glossary definition reworded: the pages linking to it carry its preview, so they change too.
        url = try edit(site, "content/glossary.md") { $0.replacingOccurrences(of: ": Within a bone.", with: ": Inside a bone.") }
        result = try builder.build(changed: [url])
        #expect(result.changed.keys.contains("technique.html"), "\(result.changed.keys.sorted())")
        try expectSameAsFullBuild(builder, result, site, "reworded definition")

        // A new labelled figure, referred to from another chapter.
        url = try edit(site, "content/sampling.md") { $0 + "\n![Workflow again](figures/sampling-workflow.svg){#fig-again}\n" }
        let referring = try edit(site, "content/indications.md") { $0 + "\nAs @fig-again shows.\n" }
        result = try builder.build(changed: [url, referring])
        try expectSameAsFullBuild(builder, result, site, "new label")

        // A link added from one chapter to another: "Linked from" and "Read next".
        url = try edit(site, "content/anaesthesia.md") { $0 + "\nCompare [blood sampling](sampling.md#objectives).\n" }
        result = try builder.build(changed: [url])
        #expect(result.changed.keys.contains("sampling.html"))
        try expectSameAsFullBuild(builder, result, site, "new backlink")

        // A bibliography entry changed: the pages citing it.
        url = try edit(site, "content/references.bib") { $0.replacingOccurrences(of: "Intraosseous infusions: a review", with: "Intraosseous infusion: a review") }
        result = try builder.build(changed: [url])
        #expect(!result.rebuiltEverything && result.changed.keys.contains("bibliography.html"))
        try expectSameAsFullBuild(builder, result, site, "bibliography entry")

        // Malformed front matter, then fixed.
        url = try edit(site, "content/sampling.md") { $0.replacingOccurrences(of: "title: \"Sampling blood\"", with: "title: [unclosed") }
        result = try builder.build(changed: [url])
        #expect(result.failed)
        try expectSameAsFullBuild(builder, result, site, "malformed front matter")
        url = try edit(site, "content/sampling.md") { $0.replacingOccurrences(of: "title: [unclosed", with: "title: \"Blood sampling\"") }
        result = try builder.build(changed: [url])
        try expectSameAsFullBuild(builder, result, site, "front matter fixed")

        // SUMMARY.md and book.yml rebuild everything.
        url = try edit(site, "content/SUMMARY.md") { $0.replacingOccurrences(of: "[Glossary](glossary.md)", with: "[Terms](glossary.md)") }
        result = try builder.build(changed: [url])
        #expect(result.rebuiltEverything)
        try expectSameAsFullBuild(builder, result, site, "summary")
        url = try edit(site, "content/book.yml") { $0.replacingOccurrences(of: "citation_style: ama", with: "citation_style: author-date") }
        result = try builder.build(changed: [url])
        #expect(result.rebuiltEverything)
        try expectSameAsFullBuild(builder, result, site, "author-date")
        url = try edit(site, "content/sampling.md") { $0 + "\nAnother citation [@tsung2009feasibility; @tobias2010intraosseous].\n" }
        result = try builder.build(changed: [url])
        #expect(!result.rebuiltEverything)
        try expectSameAsFullBuild(builder, result, site, "author-date citation")
    }

    /// An mdBook project while serving: an edit to a file a chapter includes (outside `src/`)
    /// rebuilds that chapter, and an edit to `book.toml` rebuilds everything.
    @Test func editsToIncludedFilesAndBookTomlRebuild() throws {
        let site = try FixtureSite(files: [
            "book.toml": "[book]\ntitle = \"Served\"\n",
            "src/SUMMARY.md": "# Summary\n\n- [Code](code.md)\n- [Other](other.md)\n",
            "src/code.md": "# Code\n\n```rust\n{{#include ../listings/main.rs}}\n```\n",
            "src/other.md": "# Other\n\nText.\n",
            "listings/main.rs": "fn main() {}\n",
        ])
        defer { site.remove() }
        let builder = IncrementalBuild(layout: site.layout)
        let first = try builder.build()
        #expect(!first.failed)
        #expect(builder.includedFiles.map(\.lastPathComponent) == ["main.rs"])
        let url = try edit(site, "listings/main.rs") { _ in "fn main() { println!(\"served\"); }\n" }
        let result = try builder.build(changed: [url])
        #expect(!result.rebuiltEverything)
        #expect(result.renderedPages == 1)
        #expect(String(decoding: result.changed["code.html"] ?? Data(), as: UTF8.self).contains("&quot;served&quot;"))
        try expectSameAsFullBuild(builder, result, site, "included file edit")
        let toml = try edit(site, "book.toml") { $0.replacingOccurrences(of: "Served", with: "Served again") }
        let again = try builder.build(changed: [toml])
        #expect(again.rebuiltEverything)
        try expectSameAsFullBuild(builder, again, site, "book.toml edit")
    }
}
