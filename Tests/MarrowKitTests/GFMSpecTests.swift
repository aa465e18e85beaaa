import Foundation
import Testing
@testable import MarrowKit

/// cmark-gfm's own examples (`test/spec.txt` and `test/extensions.txt` of github/cmark-gfm, fetched
/// into `../shared/gfm-spec/` or `$MARROW_GFM_SPEC`; not part of this repository) through Marrow's
/// parser and renderer: every example gives cmark-gfm's HTML, after one normalisation (white space,
/// attribute order, character references) and Marrow's documented choices (README, "GitHub-flavoured
/// Markdown"), each undone or set aside by a rule below. `make gfm-spec` runs it.
@Suite struct GFMSpecTests {
    static let folder: URL? = {
        let candidates = [ProcessInfo.processInfo.environment["MARROW_GFM_SPEC"].map { URL(fileURLWithPath: $0) },
                          Repository.root.deletingLastPathComponent().appendingPathComponent("shared/gfm-spec")]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("spec.txt").path) }
    }()

    struct Example {
        var file: String
        var line: Int
        var section: String
        var markdown: String
        var html: String
        var disabled: Bool
        /// The extensions cmark-gfm's runner turns on for it (all of them in `extensions.txt`).
        var extensions: [String]
    }

    /// The examples of one spec file: 32 backticks and `example`, the Markdown, a `.` line, the HTML.
    static func examples(in url: URL) throws -> [Example] {
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let fence = String(repeating: "`", count: 32)
        var out: [Example] = []
        var section = ""
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("#") { section = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces) }
            guard line.hasPrefix(fence + " example") else { i += 1; continue }
            let start = i + 1
            var markdown: [String] = []
            var html: [String] = []
            var inHTML = false
            i += 1
            while i < lines.count, lines[i] != fence {
                if lines[i] == "." && !inHTML { inHTML = true } else if inHTML { html.append(lines[i]) } else { markdown.append(lines[i]) }
                i += 1
            }
            func text(_ lines: [String]) -> String { lines.isEmpty ? "" : lines.joined(separator: "\n").replacingOccurrences(of: "→", with: "\t") + "\n" }
            let named = line.split(separator: " ").dropFirst(2).map(String.init)
            let all = ["table", "strikethrough", "autolink", "tagfilter", "footnotes", "tasklist"]
            out.append(Example(file: url.lastPathComponent, line: start, section: section, markdown: text(markdown), html: text(html),
                               disabled: line.contains("disabled"), extensions: url.lastPathComponent == "extensions.txt" ? all : named))
            i += 1
        }
        return out
    }

    /// Marrow's HTML for one example: the parse stage's rewriters and the renderer, with raw HTML
    /// trusted (the book opting in) so that GitHub's tag filter is what applies.
    static func render(_ markdown: String, extensions: [String]) -> String {
        var diagnostics: [Diagnostic] = []
        let source = ChapterSource(path: "example.md", displayPath: "example.md", frontMatter: FrontMatter(), body: markdown, bodyFirstLine: 1)
        let parser = MarkdownParser(extensions: extensions, footnotes: extensions.contains("footnotes"))
        let chapter = ChapterParser(parser: parser, trustRawHTML: true, takesLeadingTitle: false).parse(source, diagnostics: &diagnostics)
        return HTMLRenderer.render(chapter.document, context: .init(rootPrefix: "", pagePath: "example.html", allowRawHTML: true))
    }

    /// Why an example's output differs by design, or nil when it must match.
    static func documentedChoice(markdown: String, marrow: String) -> String? {
        if marrow.contains("class=\"footnotes\"") || marrow.contains("footnote") { return "footnotes have Marrow's own markup" }
        if markdown.contains("<!--") { return "HTML comments never reach the page" }
        return nil
    }

    @Test(.enabled(if: folder != nil)) func everyExampleMatchesCmarkGFM() throws {
        let folder = try #require(Self.folder)
        var examples = try Self.examples(in: folder.appendingPathComponent("spec.txt"))
        examples += try Self.examples(in: folder.appendingPathComponent("extensions.txt"))
        #expect(examples.count > 650)
        var matched = 0
        var choices: [String: Int] = [:]
        var failures: [String] = []
        // `<ignore>` marks an example that only must not crash, as cmark-gfm's runner reads it.
        for example in examples where !example.disabled {
            guard example.html.lowercased() != "<ignore>\n" else {
                _ = Self.render(example.markdown, extensions: example.extensions)
                continue
            }
            let marrow = Self.render(example.markdown, extensions: example.extensions)
            let got = HTMLNormaliser.normalise(marrow, undoingMarrowChoices: true)
            let want = HTMLNormaliser.normalise(example.html, undoingMarrowChoices: false)
            if got == want {
                matched += 1
            } else if let choice = Self.documentedChoice(markdown: example.markdown, marrow: marrow) {
                choices[choice, default: 0] += 1
            } else {
                failures.append("\(example.file):\(example.line) (\(example.section))\n  markdown: \(example.markdown.debugDescription)\n  cmark-gfm: \(want)\n  marrow:    \(got)")
            }
        }
        let summary = "\(matched) match, \(choices.values.reduce(0, +)) differ by a documented choice \(choices.sorted { $0.key < $1.key }), \(failures.count) differ"
        print("GFM spec: " + summary)
        #expect(failures.isEmpty, "\(summary)\n\(failures.prefix(40).joined(separator: "\n"))")
        #expect(matched > 600)
    }

    @Test func theNormaliserUndoesOnlyMarrowsDocumentedChoices() {
        let marrow = "<h2 id=\"x\"><span class=\"section-number\">1.1</span> Title <a class=\"anchor\" href=\"#x\" aria-label=\"Link to this section\">#</a></h2>\n"
            + "<div class=\"table-wrap\"><table>\n<thead>\n<tr><th class=\"align-center\">a</th></tr>\n</thead>\n</table></div>\n"
            + "<p><img src=\"a.png\" alt=\"A\" loading=\"lazy\"> it&#39;s</p>"
        let cmark = "<h2>Title</h2>\n<table>\n<thead>\n<tr>\n<th align=\"center\">a</th>\n</tr>\n</thead>\n</table>\n<p><img src=\"a.png\" alt=\"A\" /> it's</p>\n"
        #expect(HTMLNormaliser.normalise(marrow, undoingMarrowChoices: true) == HTMLNormaliser.normalise(cmark, undoingMarrowChoices: false))
        #expect(HTMLNormaliser.normalise("<p>a</p>", undoingMarrowChoices: true) != HTMLNormaliser.normalise("<p>b</p>", undoingMarrowChoices: false))
        #expect(HTMLNormaliser.normalise("<a href=\"#\">x</a>", undoingMarrowChoices: true) != HTMLNormaliser.normalise("<a href=\"\">x</a>", undoingMarrowChoices: false))
    }
}

/// HTML compared as cmark-gfm's spec runner compares it: tags with sorted attributes, text with
/// character references decoded and white space collapsed outside `<pre>`, no white space between
/// blocks. With `undoingMarrowChoices`, Marrow's documented additions go first: heading ids,
/// numbers and `#` links, figures (back to the paragraph holding the image), the table's scroll box, alignment classes (as `align`), `loading="lazy"`,
/// `data-info` on code, a task list's class and its checkboxes' `aria-label`.
enum HTMLNormaliser {
    static let blocks: Set<String> = ["p", "div", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "blockquote", "pre",
                                      "h1", "h2", "h3", "h4", "h5", "h6", "hr", "section", "figure", "figcaption", "details", "summary"]

    static func normalise(_ html: String, undoingMarrowChoices: Bool) -> String {
        var html = html
        if undoingMarrowChoices {
            html = html.replacingOccurrences(of: #"<span class="section-number">[^<]*</span> "#, with: "", options: .regularExpression)
            html = html.replacingOccurrences(of: #" <a class="anchor" href="[^"]*" aria-label="Link to this section">#</a>"#, with: "", options: .regularExpression)
            html = html.replacingOccurrences(of: "<div class=\"table-wrap\"><table>", with: "<table>")
            html = html.replacingOccurrences(of: "</table></div>", with: "</table>")
            // An image alone in a paragraph is a figure captioned by its alt text.
            html = html.replacingOccurrences(of: #"<figure>\n(<img [^>]*>)\n<figcaption>(?s:.*?)</figcaption>\n</figure>"#, with: "<p>$1</p>",
                                             options: .regularExpression)
        }
        var out: [String] = []
        var inPre = 0
        var text = ""
        func flushText() {
            guard !text.isEmpty else { return }
            var t = HTMLEntities.decode(text)
            if inPre == 0 { t = t.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ").isEmpty && !t.isEmpty ? " " : collapse(t) }
            out.append("T" + t)
            text = ""
        }
        for piece in HTMLTagScanner.scan(html) {
            switch piece {
            case .text(let t):
                text += t
            case .ignored(let s):
                flushText()
                out.append("C" + s)
            case .endTag(let name, _):
                flushText()
                if name == "pre" { inPre -= 1 }
                out.append("</" + name + ">")
            case .startTag(let name, let attributes, _, _):
                flushText()
                if name == "pre" { inPre += 1 }
                var pairs: [(String, String)] = attributes.map { ($0.name, HTMLEntities.decode($0.value.map(String.init) ?? "")) }
                if undoingMarrowChoices {
                    if name.count == 2, name.hasPrefix("h"), name.last!.isNumber { pairs.removeAll { $0.0 == "id" } }
                    pairs.removeAll { ($0.0 == "loading" && $0.1 == "lazy") || $0.0 == "data-info" || (name == "input" && $0.0 == "aria-label")
                        || (name == "ul" && $0.0 == "class" && $0.1 == "task-list") }
                    if let index = pairs.firstIndex(where: { $0.0 == "class" && $0.1.hasPrefix("align-") }) {
                        pairs[index] = ("align", String(pairs[index].1.dropFirst("align-".count)))
                    }
                }
                // Boolean attributes are the same whether written `disabled` or `disabled=""`.
                out.append("<" + name + pairs.sorted { $0.0 < $1.0 }.map { " \($0.0)=\"\($0.1)\"" }.joined() + ">")
            }
        }
        flushText()
        // White space next to a block tag does not count.
        var kept: [String] = []
        for (index, item) in out.enumerated() {
            if item.hasPrefix("T"), inPreAt(out, index) == false, item.dropFirst().allSatisfy(\.isWhitespace) {
                let before = index > 0 ? out[index - 1] : "<p>"
                let after = index + 1 < out.count ? out[index + 1] : "<p>"
                if isBlock(before) || isBlock(after) { continue }
            }
            kept.append(item)
        }
        var result = kept.map { item -> String in
            guard item.hasPrefix("T") else { return item }
            return String(item.dropFirst())
        }.joined()
        for tag in blocks {
            for form in ["<\(tag)>", "<\(tag) ", "</\(tag)>"] {
                result = result.replacingOccurrences(of: " " + form, with: form)
            }
            result = result.replacingOccurrences(of: "<\(tag)> ", with: "<\(tag)>").replacingOccurrences(of: "</\(tag)> ", with: "</\(tag)>")
        }
        return result
    }

    private static func collapse(_ t: String) -> String {
        var out = ""
        var space = false
        for ch in t {
            if ch == " " || ch == "\n" || ch == "\t" { space = true; continue }
            if space { out += " "; space = false }
            out.append(ch)
        }
        if space { out += " " }
        return out
    }

    private static func isBlock(_ item: String) -> Bool {
        guard item.hasPrefix("<") else { return false }
        let name = item.dropFirst(item.hasPrefix("</") ? 2 : 1).prefix { $0.isLetter || $0.isNumber }
        return blocks.contains(String(name))
    }

    private static func inPreAt(_ items: [String], _ index: Int) -> Bool {
        var depth = 0
        for item in items[..<index] {
            if item.hasPrefix("<pre") { depth += 1 } else if item == "</pre>" { depth -= 1 }
        }
        return depth > 0
    }
}
