import Mustache
import Testing
@testable import MarrowKit

/// `{{name}}` in a theme's template is escaped by Marrow's byte-wise HTML escaping (a content type
/// given to every template), which must give exactly what swift-mustache's own HTML escaping gives.
@Suite struct TemplateEscapingTests {
    private func templates(_ page: String, partial: String = "") -> TemplateSet? {
        var diagnostics: [Diagnostic] = []
        let theme = Theme(templates: ["page": page, "contents": "", "404": "", "part": partial], assets: [:])
        let set = TemplateSet(theme: theme, templatesDisplayPath: "templates", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        return set
    }

    private let samples = ["plain", "a < b > c & \"d\" 'e'", "é ü → 中文 😀", "&amp; already", "", "<script>x</script>"]

    @Test func escapesAsSwiftMustacheDoes() throws {
        let set = try #require(templates("[{{text}}] [{{{text}}}] {{#list}}({{.}}){{/list}} {{>part}}", partial: "<{{text}}>"))
        for text in samples {
            let view: [String: Any] = ["text": text, "list": [text, text]]
            let reference = try MustacheTemplate(string: "[{{text}}] [{{{text}}}] {{#list}}({{.}}){{/list}} <{{text}}>").render(view)
            #expect(set.render(view, template: "page") == reference, "\(text.debugDescription)")
        }
    }

    @Test func theAddedLineLeavesNoTraceAndLinesStayTheTheme() {
        // A standalone section tag on the template's first line stays standalone.
        let set = templates("{{#flag}}\nyes\n{{/flag}}\nend\n")
        #expect(set?.render(["flag": true], template: "page") == "yes\nend\n")
        // A syntax error is reported on the theme's own line.
        var diagnostics: [Diagnostic] = []
        let theme = Theme(templates: ["page": "a\nb\n{{#x}}\n{{/y}}\n", "contents": "", "404": ""], assets: [:])
        #expect(TemplateSet(theme: theme, templatesDisplayPath: "templates", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.map { $0.location?.line } == [4])
    }

    @Test func aThemesOwnContentTypeStillApplies() {
        let set = templates("{{% CONTENT_TYPE: TEXT }}\n{{text}}")
        #expect(set?.render(["text": "<b>"], template: "page") == "<b>")
    }

    @Test func aQuoteBeforeACombiningMarkIsEscaped() {
        // One `Character` ("\"" + U+0301), which the library's own escaping leaves as it is.
        let set = templates("<a title=\"{{text}}\">")
        #expect(set?.render(["text": "x\"\u{301} onclick=y"], template: "page") == "<a title=\"x&quot;\u{301} onclick=y\">")
    }
}
