import Foundation
import Testing
@testable import MarrowKit

/// Formulas (KaTeX to MathML at build time), definition lists and typographic punctuation, on
/// fixture books built into a temporary folder.
@Suite struct MathAndDefinitionListTests {
    static let chapter = #"""
    ## Fluids

    A bolus of $\frac{20\,\text{mL}}{\text{kg}}$ is "given" -- quickly... It costs $5 and $10, not more.

    $$
    V = w \times 20\,\text{mL/kg}
    $$ {#eq-bolus}

    As @eq-bolus shows; mdBook's \\( a_1 + b_1 \\) and \\[ \sum_{i=1}^{n} x_i \\] work too.

    > [!NOTE]
    > In a callout: $$ x = \pm\sqrt{y} $$

    Code keeps its dollars: `$x$` and `"quotes"`.

    ```
    $$ not math $$ and "straight"
    ```

    Units and layout: $\mathrm{d}x \cdot \mathbf{v} \times \hat{x}$ and
    $$\begin{aligned} a &= b \\ c &= d \end{aligned}$$

    Addresses keep their dashes: <https://example.org/a--b...c> and https://example.org/d--e.

    | Drug | Dose |
    |------|------|
    | $\alpha$ | $\left( \begin{matrix} 1 & 2 \\ 3 & 4 \end{matrix} \right)$ |

    ## Terms

    Bolus {#bolus}
    : A volume given over a short time.

    Marrow
    : The soft tissue inside bones.
    : Also the space that holds it.

    Cavity {#cavity}

    : A space inside a bone; see [bolus](#bolus).

    A plain paragraph: with a colon.
    """#

    func site(_ chapter: String = Self.chapter, book: String = "title: Test\n") throws -> FixtureSite {
        try FixtureSite(files: MinimalBook.files(chapters: ["one.md": chapter], book: book))
    }

    @Test func formulasBecomeMathML() throws {
        let site = try site()
        defer { site.remove() }
        let report = try site.build()
        #expect(report.diagnostics.isEmpty, "\(site.diagnosticLines(report))")
        let page = try site.page("one.html")
        #expect(page.contains(#"<mfrac><mrow><mn>20</mn>"#))
        #expect(page.contains(#"<annotation encoding="application/x-tex">\frac{20\,\text{mL}}{\text{kg}}</annotation>"#))
        #expect(page.contains("It costs $5 and $10, not more."), "prices are not math")
        // A labelled display formula is a numbered block, and @eq- links to it.
        #expect(page.contains(#"<div class="math-display" id="eq-bolus"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block">"#))
        #expect(page.contains(#"<span class="equation-number">(1.1)</span></div>"#))
        #expect(page.contains(##"<a href="#eq-bolus">Equation 1.1</a>"##))
        // mdBook's delimiters, inline and displayed; escapes read as Markdown first (`a_1` is no emphasis).
        #expect(page.contains("<msub><mi>a</mi><mn>1</mn></msub>"))
        #expect(page.contains(#"<span class="math-display"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><munderover>"#))
        #expect(page.contains("<mo>±</mo><msqrt>"), "a formula inside a callout")
        #expect(page.contains("<mtable"), "matrices")
        for part in [#"<mi mathvariant="normal">d</mi>"#, #"<mi mathvariant="bold">v</mi>"#, "<mo>⋅</mo>", "<mo>×</mo>", "<mo>^</mo>",
                     #"<mtable rowspacing="0.25em" columnalign="right left""#] {
            #expect(page.contains(part), "\(part): \\mathrm, \\mathbf, \\cdot, \\times, accents, aligned")
        }
        // Code is left alone.
        #expect(page.contains("<code>$x$</code>"))
        #expect(page.contains("<pre><code>$$ not math $$ and &quot;straight&quot;"))
    }

    @Test func smartPunctuationOutsideCodeAndItsSwitch() throws {
        let site = try site()
        defer { site.remove() }
        try site.build()
        let page = try site.page("one.html")
        #expect(page.contains("is “given” – quickly…"))
        #expect(page.contains("mdBook’s"))
        #expect(page.contains("<code>&quot;quotes&quot;</code>"))
        #expect(page.contains(#"<a href="https://example.org/a--b...c">https://example.org/a--b...c</a>"#), "autolinks keep their text")
        #expect(page.contains(#"<a href="https://example.org/d--e">https://example.org/d--e</a>"#))
        let plain = try self.site(Self.chapter.replacingOccurrences(of: "As @eq-bolus shows", with: "As shown"),
                                  book: "title: Test\nsmart_punctuation: false\nmath: false\n")
        defer { plain.remove() }
        let report = try plain.build()
        #expect(report.diagnostics.isEmpty, "\(plain.diagnosticLines(report))")
        let text = try plain.page("one.html")
        #expect(text.contains("is &quot;given&quot; -- quickly..."))
        #expect(!text.contains("<mfrac>"), "math: false reads $ as a dollar sign")
        #expect(text.contains("<msub><mi>a</mi>"), "mdBook's delimiters still work")
    }

    @Test func definitionLists() throws {
        let site = try site()
        defer { site.remove() }
        try site.build()
        let page = try site.page("one.html")
        #expect(page.contains("""
        <dl>
        <dt id="bolus">Bolus</dt>
        <dd>A volume given over a short time.</dd>
        <dt>Marrow</dt>
        <dd>The soft tissue inside bones.</dd>
        <dd>Also the space that holds it.</dd>
        <dt id="cavity">Cavity</dt>
        <dd>A space inside a bone; see <a href="#bolus">bolus</a>.</dd>
        </dl>
        <p>A plain paragraph: with a colon.</p>
        """))
        // A term with an anchor is a search result of its own, its text a heading-weight field.
        let documents = searchDocuments().filter { $0.url == "one.html#bolus" }
        #expect(documents.count == 1)
        // A term without one weighs in the document before it.
        #expect(documents.first?.headingText == "Bolus Marrow")
        #expect(documents.first?.bodyText.contains("A volume given over a short time.") == true)
    }

    /// The search documents of the chapter, cut from its tree as the search stage cuts them.
    func searchDocuments() -> [SearchDocument] {
        var diagnostics: [Diagnostic] = []
        let chapter = ChapterParser().parse(Self.source(Self.chapter), diagnostics: &diagnostics)
        let page = ResolvedPage(chapter: chapter, title: "One", number: nil, outputPath: "one.html", partTitle: nil, ancestors: [], tocIndex: 0)
        return SearchDocumentExtractor.documents(of: page)
    }

    static func source(_ body: String) -> ChapterSource {
        ChapterSource(path: "one.md", displayPath: "content/one.md", frontMatter: FrontMatter(), body: body, bodyFirstLine: 1)
    }

    @Test func formulasAreSearchedByTheirTeX() throws {
        let documents = searchDocuments()
        let fluids = try #require(documents.first { $0.url == "one.html#fluids" })
        #expect(fluids.bodyText.contains(#"\frac{20\,\text{mL}}{\text{kg}}"#))
    }

    @Test func aFormulaKaTeXCannotReadIsLocated() throws {
        let site = try site("Intro.\n\nA bad one: $\\frac{1$ here.\n\n$$\n\\begin{cases} a \\\\ b\n$$\n")
        defer { site.remove() }
        let report = try site.build()
        let lines = site.diagnosticLines(report)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasPrefix("content/one.md:3:20: error: this formula cannot be converted to MathML: ") == true, "\(lines)")
        #expect(lines.first?.hasSuffix("[math-invalid]") == true)
        // Where KaTeX stopped: the end of the formula's second line.
        #expect(lines.last?.hasPrefix("content/one.md:6:21: error: ") == true, "\(lines)")
        #expect(!site.exists("one.html"), "no half-written site")
    }

    @Test func withoutKaTeXTheBuildSaysWhatToInstall() throws {
        let converter = KaTeXConverter(katexPaths: ["/nonexistent/katex.min.js"])
        var diagnostics: [Diagnostic] = []
        var chapter = ChapterParser().parse(Self.source("A formula: $x^2$.\n"), diagnostics: &diagnostics)
        MathStage(converter: converter).apply(to: &chapter, diagnostics: &diagnostics)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.id == "math-unavailable")
        #expect(diagnostics.first?.message.contains("libjs-katex") == true)
        #expect(diagnostics.first?.location?.line == 1)
        #expect(diagnostics.first?.location?.column == 12)
    }

    @Test func booksWithoutMathAreParsedAsBefore() {
        #expect(MathScanner().scan("No formulas here, only \\* escapes and `code`.\n") == nil)
        #expect(MathScanner().scan("Prices: $5 and $10.\n") == nil)
        #expect(MathScanner().scan("Shell: `$HOME` and $ echo.\n") == nil)
        #expect(MathScanner(dollars: false).scan("A $x$ here.\n") == nil)
    }
}
