import Foundation
import Testing
@testable import MarrowKit

/// `[!QUIZ]` callouts on fixture books: rendered as forms the page script grades, their answers
/// listed at the chapter's end, their feedback kept out of search; malformed ones located.
@Suite struct QuizTests {
    static let chapter = """
    ## Self-check

    > [!QUIZ] Which site is *first* choice in an infant?
    > - [x] Proximal tibia
    >   Flat and easy to find.
    > - [ ] Sternum
    >   Not used in small children.

    > [!QUIZ] Which are long bones?
    > - [x] Tibia
    > - [x] Femur
    > - [ ] Sternum
    >   A flat bone.
    """

    @Test func aQuizIsAFormWithItsAnswersAtTheEnd() throws {
        let site = try FixtureSite(files: MinimalBook.files(chapters: ["one.md": Self.chapter]))
        defer { site.remove() }
        let report = try site.build()
        #expect(report.diagnostics.isEmpty, "\(site.diagnosticLines(report))")
        let page = try site.page("one.html")
        #expect(page.contains(#"<form class="quiz" id="quiz-1" data-multiple="false">"#))
        #expect(page.contains(#"<legend class="quiz-question" id="quiz-1-question">Which site is <em>first</em> choice in an infant?</legend>"#))
        #expect(page.contains(#"<input type="radio" name="quiz-1" id="quiz-1-1" value="1" data-correct><label for="quiz-1-1">Proximal tibia</label>"#))
        #expect(page.contains(#"<div class="quiz-feedback" id="quiz-1-2-feedback" hidden>"#))
        #expect(page.contains(#"<form class="quiz" id="quiz-2" data-multiple="true">"#))
        #expect(page.contains(#"<input type="checkbox" name="quiz-2" id="quiz-2-2" value="2" data-correct>"#))
        #expect(page.contains(##"<li><a href="#quiz-1-question">Which site is first choice in an infant?</a> <strong>Proximal tibia</strong>. Flat and easy to find.</li>"##))
        #expect(page.contains(##"<li><a href="#quiz-2-question">Which are long bones?</a> <strong>Tibia; Femur</strong></li>"##))
    }

    @Test func searchFindsTheQuestionAndChoicesNotTheFeedback() throws {
        var diagnostics: [Diagnostic] = []
        let source = ChapterSource(path: "one.md", displayPath: "content/one.md", frontMatter: FrontMatter(), body: Self.chapter, bodyFirstLine: 1)
        let chapter = ChapterParser().parse(source, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        let page = ResolvedPage(chapter: chapter, title: "One", number: nil, outputPath: "one.html", partTitle: nil, ancestors: [], tocIndex: 0)
        let text = SearchDocumentExtractor.documents(of: page).map(\.bodyText).joined(separator: " ")
        #expect(text.contains("Which site is first choice in an infant?") && text.contains("Proximal tibia") && text.contains("Sternum"))
        #expect(!text.contains("Flat and easy to find") && !text.contains("A flat bone"), "the answers stay out of search: \(text)")
    }

    @Test func malformedQuizzesAreLocated() throws {
        let chapter = """
        > [!QUIZ] No choices at all?

        Text.

        > [!QUIZ] Nothing correct?
        > - [ ] One
        > - [ ] Two

        > [!QUIZ] Not a task list?
        > - One
        > - [x] Two

        > [!QUIZ]
        > - [x] One
        """
        let site = try FixtureSite(files: MinimalBook.files(chapters: ["one.md": chapter]))
        defer { site.remove() }
        #expect(site.diagnosticLines(try site.build()) == [
            "content/one.md:1:1: error: a [!QUIZ] callout needs one list of choices, each '- [x]' (correct) or '- [ ]' [quiz-no-choices]",
            "content/one.md:5:1: error: no choice of this quiz is marked correct ('- [x]') [quiz-no-correct]",
            "content/one.md:10:3: error: each choice of a quiz is a task item: '- [x]' when correct, '- [ ]' when not [quiz-choice-not-task]",
            "content/one.md:13:1: error: a [!QUIZ] callout needs its question on the [!QUIZ] line [quiz-no-question]",
        ])
        #expect(!site.exists("one.html"), "no half-written site")
    }
}
