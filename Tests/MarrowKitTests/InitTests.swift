import Foundation
import Testing
@testable import MarrowKit

/// `marrow init`: a new book that builds with no warnings, and never a file overwritten.
@Suite struct InitTests {
    @Test func aNewBookBuildsWithNoDiagnosticAndShowsEachFeature() throws {
        let folder = try FixtureSite.makeTemporaryFolder().appendingPathComponent("my-book")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let result = try BookInitializer(folder: folder).run()
        #expect(result.kept.isEmpty)
        #expect(result.written.contains("content/book.yml"))
        let report = try BuildPipeline(layout: ProjectLayout(root: folder), options: .init(mode: .write, warningsAsErrors: true)).run()
        #expect(report.diagnostics.map(DiagnosticFormatter().format) == [])
        #expect(!report.failed)
        let chapter = try String(contentsOf: folder.appendingPathComponent("public/getting-started.html"), encoding: .utf8)
        #expect(chapter.contains("href=\"#ref-knuth1984literate\""), "a citation")
        #expect(chapter.contains(">Figure 1.1</a>"), "a cross-reference to the figure")
        #expect(chapter.contains("<figure"), "a figure")
        #expect(chapter.contains("callout"), "a callout")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("public/figures/pipeline.svg").path))
        let bibliography = try String(contentsOf: folder.appendingPathComponent("public/bibliography.html"), encoding: .utf8)
        #expect(bibliography.contains("Literate programming"), "the title in sentence case, as pandoc's BibTeX reader gives it to AMA")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("templates").path))
    }

    @Test func existingFilesAreNeverOverwritten() throws {
        let folder = try FixtureSite.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = folder.appendingPathComponent("content/index.md")
        try FileManager.default.createDirectory(at: mine.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("# Mine\n".utf8).write(to: mine)
        let first = try BookInitializer(folder: folder).run()
        #expect(first.kept == ["content/index.md"])
        #expect(try String(contentsOf: mine, encoding: .utf8) == "# Mine\n")
        let again = try BookInitializer(folder: folder, withTheme: true).run()
        #expect(again.kept.count == first.written.count + 1)
        #expect(again.written == DefaultTheme.files.map { "templates/" + $0.path })
    }
}
