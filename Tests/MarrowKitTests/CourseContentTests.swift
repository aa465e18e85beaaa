import Foundation
import Testing
@testable import MarrowKit

/// The course in `content/` meets its own rules: it builds without any diagnostic, and every
/// teaching chapter has objectives, a table, key points, one evidence section, a reviewed date
/// and three to five folded self-check answers.
@Suite struct CourseContentTests {
    static let chapters = ["indications.md", "technique.md", "sampling.md", "anaesthesia.md", "line-care.md"]

    /// A figure's caption is its alt text, where no citation is formatted: one written there by
    /// hand ("(Biarent et al. 2010)") reads in author-date form beside the numeric text (issue 22).
    @Test func captionsCiteNothingByHand() throws {
        let (_, sources) = try parsed()
        for (name, text) in sources {
            for match in text.matches(of: #/!\[([^\]]*)\]\(/#) {
                let caption = String(match.output.1)
                #expect(caption.firstMatch(of: #/\([A-Z][\w'-]+( et al\.)?,? (19|20)\d\d[a-z]?\)/#) == nil, "\(name): \(caption.prefix(80))")
            }
        }
    }

    func parsed() throws -> (report: BuildPipeline.Report, sources: [String: String]) {
        let layout = ProjectLayout(root: Repository.root)
        let report = try BuildPipeline(layout: layout, options: .init(mode: .check)).run()
        var sources: [String: String] = [:]
        for name in Self.chapters + ["index.md"] {
            sources[name] = try String(contentsOf: layout.content.appendingPathComponent(name), encoding: .utf8)
        }
        return (report, sources)
    }

    /// A glossary term is linked once per section, so that links do not underline whole
    /// paragraphs and tables (issue 22, point 12).
    @Test func eachGlossaryTermIsLinkedOncePerSection() throws {
        let sources = try parsed().sources
        for name in sources.keys.sorted() {
            var seen = Set<String>()
            for line in sources[name]!.components(separatedBy: "\n") {
                if line.hasPrefix("## ") { seen = [] }
                for match in line.matches(of: #/\]\(glossary\.md#([\w-]+)\)/#) {
                    let term = String(match.1)
                    #expect(!seen.contains(term), "\(name): '\(term)' linked twice in one section")
                    seen.insert(term)
                }
            }
        }
    }

    @Test func courseHasNoErrorOrWarning() throws {
        let (report, _) = try parsed()
        #expect(report.diagnostics.map(DiagnosticFormatter().format) == [])
        #expect(report.pageCount == 9)
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
        #expect(text.components(separatedBy: "{#evidence}").count == 2, "\(name): one 'How strong is the evidence' section")
        let frontMatter = text.components(separatedBy: "\n---\n").first ?? ""
        #expect(frontMatter.contains("\nreviewed: 20"), "\(name) has a reviewed date")
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

    /// The clinical review's three wrong statements (issue 21) stay corrected in every chapter and figure.
    static func courseFiles() throws -> [(name: String, text: String)] {
        let content = ProjectLayout(root: Repository.root).content
        var files: [(String, String)] = []
        for folder in [content, content.appendingPathComponent("figures")] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            where name.hasSuffix(".md") || name.hasSuffix(".svg") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                // Lines joined so that a statement wrapped over two lines is still seen whole.
                files.append((name, text.replacingOccurrences(of: "\n   > ", with: " ")
                    .replacingOccurrences(of: "\n> ", with: " ").replacingOccurrences(of: "\n", with: " ")))
            }
        }
        return files
    }

    @Test func aLineThatWillNotRunByGravityIsNotTaughtAsOneToRemove() throws {
        let wrong = try NSRegularExpression(pattern: #"remov\w*[^.;]{0,40}(will not|won't|does not|doesn't) run by gravity|(will not|won't|does not|doesn't) run by gravity[^.;]{0,30}(should|must|to) be remov"#, options: .caseInsensitive)
        let files = try Self.courseFiles()
        #expect(files.count >= 8)
        for (name, text) in files {
            let found = wrong.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(!found, "\(name) teaches removing a line that will not run by gravity")
        }
        let technique = files.first { $0.name == "technique.md" }!.text
        let teachesPressure = technique.contains("often will not run by gravity") && technique.contains("reassess")
        #expect(teachesPressure)
    }

    @Test func theFrenchRegistryFoundNoDifferenceIn30DaySurvivalAfterMatching() throws {
        let indications = try Self.courseFiles().first { $0.name == "indications.md" }!.text
        for wrong in ["not at 30-day survival", "ROSC or day-0 survival", "ROSC or in survival on day 0"] {
            let found = indications.contains(wrong)
            #expect(!found, "indications.md still says '\(wrong)'")
        }
        // Every statement of the matched comparison names the 30-day/hospital-discharge survival it covered.
        let sentences = indications.components(separatedBy: ". ").filter { $0.contains("match") && $0.contains("ROSC") }
        #expect(sentences.count >= 3)
        for sentence in sentences {
            #expect(sentence.contains("30-day/hospital-discharge"), "\(sentence)")
        }
    }

    @Test func placementIsConfirmedByAspirationAndSamplesComeBeforeTheFlush() throws {
        let files = try Self.courseFiles()
        for (name, text) in files {
            let freeFlush = text.contains("free flush") || text.contains("a flush runs freely")
            #expect(!freeFlush, "\(name) confirms placement by a free flush")
        }
        let figure = files.first { $0.name == "access-decision.svg" }!.text
        let sample = try #require(figure.range(of: "Samples needed?"))
        let flush = try #require(figure.range(of: "Then flush and infuse"))
        #expect(sample.lowerBound < flush.lowerBound)
        #expect(figure.contains("Aspirate to confirm placement"))
        let technique = files.first { $0.name == "technique.md" }!.text
        let aspirate = try #require(technique.range(of: "and aspirate.**"))
        let flushStep = try #require(technique.range(of: "**Flush, then infuse**"))
        #expect(aspirate.lowerBound < flushStep.lowerBound)
        let aspirateFirst = technique.contains("Aspirate first, then flush.")
        #expect(aspirateFirst)
    }

    /// Every record of the course's bibliography is one of the verified records of
    /// `../shared/references/io.bib` or `io-practice.bib`, field for field (run where that folder is).
    static let sharedReferences = Repository.root.deletingLastPathComponent().appendingPathComponent("shared/references")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedReferences.appendingPathComponent("io.bib").path)))
    func everyCitedRecordIsAVerifiedOneUnchanged() throws {
        func records(_ url: URL) throws -> [String: String] {
            let text = try String(contentsOf: url, encoding: .utf8)
            var out: [String: String] = [:]
            for chunk in text.components(separatedBy: "\n@").dropFirst(text.hasPrefix("@") ? 0 : 1) {
                let record = chunk.hasPrefix("@") ? String(chunk.dropFirst()) : chunk
                guard let open = record.firstIndex(of: "{"), let comma = record.firstIndex(of: ",") else { continue }
                let key = String(record[record.index(after: open)..<comma]).trimmingCharacters(in: .whitespaces)
                let body = record.components(separatedBy: "\n}").first ?? record
                out[key] = body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            return out
        }
        let course = try records(Repository.root.appendingPathComponent("content/references.bib"))
        var verified = try records(Self.sharedReferences.appendingPathComponent("io.bib"))
        verified.merge(try records(Self.sharedReferences.appendingPathComponent("io-practice.bib"))) { a, _ in a }
        #expect(course.count >= 25)
        for (key, record) in course.sorted(by: { $0.key < $1.key }) {
            #expect(verified[key] == record, "\(key) differs from the verified record")
        }
    }
}
