import Foundation
import Testing
@testable import MarrowKit

/// The course in `content/` meets its own rules: it builds without any diagnostic, and every
/// teaching chapter has objectives, a table, key points and three to five folded self-check answers.
@Suite struct CourseContentTests {
    static let chapters = ["indications.md", "technique.md", "sampling.md", "anaesthesia.md"]

    func parsed() throws -> (report: BuildPipeline.Report, sources: [String: String]) {
        let layout = ProjectLayout(root: Repository.root)
        let report = try BuildPipeline(layout: layout, options: .init(mode: .check)).run()
        var sources: [String: String] = [:]
        for name in Self.chapters + ["index.md"] {
            sources[name] = try String(contentsOf: layout.content.appendingPathComponent(name), encoding: .utf8)
        }
        return (report, sources)
    }

    @Test func courseHasNoErrorOrWarning() throws {
        let (report, _) = try parsed()
        #expect(report.diagnostics.map(DiagnosticFormatter().format) == [])
        #expect(report.pageCount == 7)
    }

    @Test(arguments: chapters)
    func chapterTeachesWithEveryPart(_ name: String) throws {
        let text = try parsed().sources[name]!
        let body = text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
        let words = body.split { $0.isWhitespace }.count
        #expect((1_500...3_000).contains(words), "\(name): \(words) words")
        #expect(text.contains("{#objectives}"))
        #expect(text.contains("{#key-points}"))
        #expect(text.contains("{#self-check}"))
        #expect(text.contains("\n|---") || text.contains("\n| ---") || text.contains("|:--"), "\(name) has a table")
        let answers = text.components(separatedBy: "> [!TIP]- Answer").count - 1
        #expect((3...5).contains(answers), "\(name): \(answers) folded answers")
        #expect(text.contains("[@"), "\(name) cites its sources")
        #expect(text.contains("> [!WARNING]") || text.contains("> [!CAUTION]") || text.contains("> [!IMPORTANT]") || text.contains("> [!NOTE]"))
    }

    @Test func atLeastThreeSVGFiguresAreShownAndReferenced() throws {
        let all = try Self.chapters.map { try parsed().sources[$0]! }.joined()
        let figures = try NSRegularExpression(pattern: #"!\[[^\]]+\]\((figures/[^)]+\.svg)\)\{#(fig-[^}]+)\}"#)
        let matches = figures.matches(in: all, range: NSRange(all.startIndex..., in: all))
        #expect(matches.count >= 3)
        for match in matches {
            let label = String(all[Range(match.range(at: 2), in: all)!])
            #expect(all.contains("@" + label), "\(label) is referenced from the text")
        }
    }

    @Test func introductionCarriesTheEducationalNotice() throws {
        let index = try parsed().sources["index.md"]!
        #expect(index.contains("> [!IMPORTANT]"))
        #expect(index.contains("This course is educational material. It does not replace your local protocols"))
    }
}
